;; The rectifiers (ReLU and Leaky ReLU) on float32 with 128-bit SIMD, forward and backward:
;; the elementwise passes between a network's matrix products. They work in the memory the
;; products use (gemm.wat); rectifier.ts copies the operands in and the result out.
;;
;; The results are bit for bit those of the plain TypeScript loops
;;   out[i] = x[i] > 0 ? x[i] : slope·x[i]          gradIn[i] = x[i] > 0 ? g[i] : slope·g[i]
;; with +0 where ReLU (slope 0) gives 0, and slope·v computed in float64 and rounded once
;; to float32, as a TypeScript store rounds it. A NaN input counts as not positive.

(module
  (import "env" "memory" (memory 1 65536 shared))

  ;; slope·v in float64, rounded once to float32, lane by lane.
  (func $leak (param $v v128) (param $slope v128) (result v128)
    (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (f32x4.demote_f64x2_zero (f64x2.mul (local.get $slope) (f64x2.promote_low_f32x4 (local.get $v))))
      (f32x4.demote_f64x2_zero (f64x2.mul (local.get $slope)
        (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
          (local.get $v) (local.get $v)))))))

  ;; out[i] = x[i] > 0 ? v[i] : slope·v[i] for i < count: forward with v = x, backward with
  ;; v = the output gradient. Addresses in bytes, 4-byte aligned; out may be x or v.
  (func $rectify (param $x i32) (param $v i32) (param $out i32) (param $count i32) (param $slope f64)
    (local $end i32) (local $vectorEnd i32) (local $value v128) (local $slopes v128) (local $s f32)
    (local.set $slopes (f64x2.splat (local.get $slope)))
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $count) (i32.const 2))))
    (local.set $vectorEnd (i32.add (local.get $x) (i32.shl (i32.and (local.get $count) (i32.const -4)) (i32.const 2))))
    (block $done
      (loop $vectors
        (br_if $done (i32.ge_u (local.get $x) (local.get $vectorEnd)))
        (local.set $value (v128.load (local.get $v)))
        (v128.store (local.get $out)
          (v128.bitselect (local.get $value)
            (if (result v128) (f64.eq (local.get $slope) (f64.const 0))
              (then (v128.const i32x4 0 0 0 0))
              (else (call $leak (local.get $value) (local.get $slopes))))
            (f32x4.gt (v128.load (local.get $x)) (v128.const f32x4 0 0 0 0))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $v (i32.add (local.get $v) (i32.const 16)))
        (local.set $out (i32.add (local.get $out) (i32.const 16)))
        (br $vectors)))
    (block $done
      (loop $scalars
        (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
        (local.set $s (f32.load (local.get $v)))
        (f32.store (local.get $out)
          (select (local.get $s)
            (if (result f32) (f64.eq (local.get $slope) (f64.const 0))
              (then (f32.const 0))
              (else (f32.demote_f64 (f64.mul (local.get $slope) (f64.promote_f32 (local.get $s))))))
            (f32.gt (f32.load (local.get $x)) (f32.const 0))))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (local.set $v (i32.add (local.get $v) (i32.const 4)))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (br $scalars))))

  ;; out[i] = x[i] > 0 ? x[i] : slope·x[i].
  (func (export "rectifyForward") (param $x i32) (param $out i32) (param $count i32) (param $slope f64)
    (call $rectify (local.get $x) (local.get $x) (local.get $out) (local.get $count) (local.get $slope)))

  ;; gradIn[i] = x[i] > 0 ? gradOut[i] : slope·gradOut[i].
  (func (export "rectifyBackward") (param $x i32) (param $gradOut i32) (param $gradIn i32) (param $count i32)
    (param $slope f64)
    (call $rectify (local.get $x) (local.get $gradOut) (local.get $gradIn) (local.get $count) (local.get $slope)))
)
