;; The rectifiers (ReLU and Leaky ReLU) on float32 with 128-bit SIMD, forward and backward:
;; the elementwise passes between a network's matrix products. They work in the memory the
;; products use (gemm.wat); rectifier.ts copies the operands in and the result out.
;;
;; The results are bit for bit those of the plain TypeScript loops
;;   out[i] = x[i] <= 0 ? slope·x[i] : x[i]
;;   gradIn[i] = x[i] > 0 ? g[i] : x[i] <= 0 ? slope·g[i] : x[i]
;; with +0 where ReLU's forward (slope 0) gives 0 and g − g (+0, or NaN for a NaN or infinite
;; g, as g·0 is) where its backward does, and slope·v computed in float64 and rounded once to
;; float32, as a TypeScript store rounds it. A NaN input is neither positive nor at most 0:
;; forward passes it through, backward writes a NaN (the vector loop one with every bit set,
;; which costs one compare and one or), so a NaN never turns into a finite number.

(module
  (import "env" "memory" (memory 1 65536 shared))

  ;; slope·v for the four lanes of v is written out where it is needed (V8 does not inline a
  ;; call between WebAssembly functions, and the call halved Leaky ReLU's speed): promote
  ;; the low and the high two lanes to float64, multiply by the slope, demote each product
  ;; once to float32, and put the four back together with a shuffle.

  ;; out[i] = x[i] <= 0 ? slope·x[i] : x[i] for i < count (+0 for slope 0). Addresses in
  ;; bytes, 4-byte aligned; out may be x.
  (func (export "rectifyForward") (param $x i32) (param $out i32) (param $count i32) (param $slope f64)
    (local $end i32) (local $vectorEnd i32) (local $value v128) (local $slopes v128) (local $s f32)
    (local.set $slopes (f64x2.splat (local.get $slope)))
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $count) (i32.const 2))))
    (local.set $vectorEnd (i32.add (local.get $x) (i32.shl (i32.and (local.get $count) (i32.const -4)) (i32.const 2))))
    ;; The vector loops, one per case: the slope test stays out of the loop.
    (if (f64.eq (local.get $slope) (f64.const 0))
      (then
        ;; ReLU: x with the lanes x <= 0 cleared, one and-not (NaN lanes stay).
        (block $done
          (loop $vectors
            (br_if $done (i32.ge_u (local.get $x) (local.get $vectorEnd)))
            (local.set $value (v128.load (local.get $x)))
            (v128.store (local.get $out)
              (v128.andnot (local.get $value)
                (f32x4.le (local.get $value) (v128.const f32x4 0 0 0 0))))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (local.set $out (i32.add (local.get $out) (i32.const 16)))
            (br $vectors))))
      (else
        ;; Leaky ReLU: slope·x in the lanes x <= 0.
        (block $done
          (loop $vectors
            (br_if $done (i32.ge_u (local.get $x) (local.get $vectorEnd)))
            (local.set $value (v128.load (local.get $x)))
            (v128.store (local.get $out)
              (v128.bitselect
                (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                  (f32x4.demote_f64x2_zero (f64x2.mul (local.get $slopes) (f64x2.promote_low_f32x4 (local.get $value))))
                  (f32x4.demote_f64x2_zero (f64x2.mul (local.get $slopes)
                    (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $value) (local.get $value))))))
                (local.get $value)
                (f32x4.le (local.get $value) (v128.const f32x4 0 0 0 0))))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (local.set $out (i32.add (local.get $out) (i32.const 16)))
            (br $vectors)))))
    (block $done
      (loop $scalars
        (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
        (local.set $s (f32.load (local.get $x)))
        (f32.store (local.get $out)
          (select
            (if (result f32) (f64.eq (local.get $slope) (f64.const 0))
              (then (f32.const 0))
              (else (f32.demote_f64 (f64.mul (local.get $slope) (f64.promote_f32 (local.get $s))))))
            (local.get $s)
            (f32.le (local.get $s) (f32.const 0))))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (br $scalars))))

  ;; gradIn[i] = x[i] > 0 ? g[i] : x[i] <= 0 ? slope·g[i] : x[i] (g − g for slope 0).
  ;; gradIn may be gradOut.
  (func (export "rectifyBackward") (param $x i32) (param $g i32) (param $out i32) (param $count i32)
    (param $slope f64)
    (local $end i32) (local $vectorEnd i32) (local $value v128) (local $grad v128)
    (local $slopes v128) (local $s f32) (local $t f32)
    (local.set $slopes (f64x2.splat (local.get $slope)))
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $count) (i32.const 2))))
    (local.set $vectorEnd (i32.add (local.get $x) (i32.shl (i32.and (local.get $count) (i32.const -4)) (i32.const 2))))
    ;; g where x > 0, else slope·g (g − g for ReLU); then every bit set (a NaN) in the lanes
    ;; where x is NaN. One loop per case, as in the forward.
    (if (f64.eq (local.get $slope) (f64.const 0))
      (then
        (block $done
          (loop $vectors
            (br_if $done (i32.ge_u (local.get $x) (local.get $vectorEnd)))
            (local.set $value (v128.load (local.get $x)))
            (local.set $grad (v128.load (local.get $g)))
            (v128.store (local.get $out)
              (v128.or
                (v128.bitselect (local.get $grad) (f32x4.sub (local.get $grad) (local.get $grad))
                  (f32x4.gt (local.get $value) (v128.const f32x4 0 0 0 0)))
                (f32x4.ne (local.get $value) (local.get $value))))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (local.set $g (i32.add (local.get $g) (i32.const 16)))
            (local.set $out (i32.add (local.get $out) (i32.const 16)))
            (br $vectors))))
      (else
        (block $done
          (loop $vectors
            (br_if $done (i32.ge_u (local.get $x) (local.get $vectorEnd)))
            (local.set $value (v128.load (local.get $x)))
            (local.set $grad (v128.load (local.get $g)))
            (v128.store (local.get $out)
              (v128.or
                (v128.bitselect (local.get $grad) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                  (f32x4.demote_f64x2_zero (f64x2.mul (local.get $slopes) (f64x2.promote_low_f32x4 (local.get $grad))))
                  (f32x4.demote_f64x2_zero (f64x2.mul (local.get $slopes)
                    (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $grad) (local.get $grad))))))
                  (f32x4.gt (local.get $value) (v128.const f32x4 0 0 0 0)))
                (f32x4.ne (local.get $value) (local.get $value))))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (local.set $g (i32.add (local.get $g) (i32.const 16)))
            (local.set $out (i32.add (local.get $out) (i32.const 16)))
            (br $vectors)))))
    (block $done
      (loop $scalars
        (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
        (local.set $s (f32.load (local.get $x)))
        (local.set $t (f32.load (local.get $g)))
        (f32.store (local.get $out)
          (select
            (if (result f32) (f64.eq (local.get $slope) (f64.const 0))
              (then (f32.sub (local.get $t) (local.get $t)))
              (else (f32.demote_f64 (f64.mul (local.get $slope) (f64.promote_f32 (local.get $t))))))
            (select (local.get $t) (local.get $s) (f32.gt (local.get $s) (f32.const 0)))
            (f32.le (local.get $s) (f32.const 0))))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (local.set $g (i32.add (local.get $g) (i32.const 4)))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (br $scalars))))
)
