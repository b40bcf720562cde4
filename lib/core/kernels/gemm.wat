;; Float32 matrix product with 128-bit SIMD: C ← alpha·op(A)·op(B) + beta·C, row-major,
;; optionally plus a bias row added to every row of C (a dense layer's forward pass).
;;
;; The classic blocked scheme (Goto & van de Geijn, "Anatomy of high-performance matrix
;; multiplication", 2008), small enough to read in one sitting:
;;
;;   for each block of KC steps of the shared dimension k:
;;     pack op(B)[block, all columns] into panels NR columns wide   (L2 for our layers)
;;     for each block of MC rows:
;;       pack op(A)[rows, block] into panels MR rows tall           (stays in L1/L2)
;;       for each NR-column panel, for each MR-row panel:
;;         the micro-kernel adds an MR×NR tile of products into C
;;
;; Packing copies each operand once per block into the exact order the micro-kernel reads
;; it, with zero padding for ragged edges, so the kernel only ever sees full MR×NR tiles of
;; contiguous data, whichever operand is transposed. The padded rows and columns of a tile
;; are computed and thrown away, never written to C.
;;
;; Numerics: each entry of C is 0 + A[i][0]·B[0][j] + A[i][1]·B[1][j] + … in order of the
;; shared dimension, every term added with one rounding (`f32x4.relaxed_madd`, a fused
;; multiply-add where the CPU has one: every x86-64 with FMA3 and every ARM64) or, when
;; the caller asks for it (`fused` = 0), multiplied and added with two roundings (the
;; numerics of this library before fused multiply-adds, and of a CPU without them).
;; Nothing is skipped for zeros, so NaN and Inf propagate as in BLAS. The caller
;; (gemm_wasm.ts) copies operands into this module's memory and sizes the workspace with
;; `workspaceBytes`. All addresses are byte offsets into that memory; matrices may be
;; blocks of larger ones (leading dimensions lda, ldb, ldc, as in BLAS).

(module
  ;; Shared, so that a helper thread can work on part of the same product (gemm_threads.ts).
  (import "env" "memory" (memory 1 65536 shared))

  ;; Block sizes. MR×NR is the register tile: 8 accumulators of 4 floats, plus 2 vectors
  ;; of B and 1 broadcast of A, fit the 16 SIMD registers. KC×NR floats of B (8 KiB) and
  ;; KC×MR floats of A (4 KiB) sit in L1 while a tile is computed. Measured on this
  ;; project's machine (AMD Zen 5, Deno 2.9.6), the micro-kernel alone: 4×8 unrolled by two
  ;; 43 GFLOP/s, not unrolled 39; 6×8 and 4×12 spill registers and drop to 28; 5×8 gains
  ;; 2%. Fused multiply-adds (relaxed SIMD) run the W2 products 17% faster than separate
  ;; multiplies and adds (45 → 53 GFLOP/s on one core, the two side by side in one process).
  ;; KC and MC anywhere in 128..784 measured the same at the W2 shapes.
  (global $MR i32 (i32.const 4))
  (global $NR i32 (i32.const 8))
  (global $KC i32 (i32.const 256))
  (global $MC i32 (i32.const 128))

  ;; 1: add products with fused multiply-adds; 0: multiply, round, add, round. Set by each
  ;; call of $gemm (a thread's instance runs one product at a time, so this is per call).
  (global $fused (mut i32) (i32.const 1))

  ;; c + a·b, lane by lane, fused or not as $fused says (the skinny paths' one step).
  (func $madd (param $a v128) (param $b v128) (param $c v128) (result v128)
    (if (result v128) (global.get $fused)
      (then (f32x4.relaxed_madd (local.get $a) (local.get $b) (local.get $c)))
      (else (f32x4.add (local.get $c) (f32x4.mul (local.get $a) (local.get $b))))))

  ;; Smallest multiple of `step` that is >= x.
  (func $roundUp (param $x i32) (param $step i32) (result i32)
    (i32.mul
      (i32.div_u (i32.add (local.get $x) (i32.sub (local.get $step) (i32.const 1)))
        (local.get $step))
      (local.get $step)))

  (func $min (param $x i32) (param $y i32) (result i32)
    (select (local.get $x) (local.get $y) (i32.lt_s (local.get $x) (local.get $y))))

  ;; Steps in a packed panel: kc rounded up to even, as the micro-kernel takes two at a time.
  (func $evenSteps (param $kc i32) (result i32)
    (i32.and (i32.add (local.get $kc) (i32.const 1)) (i32.const -2)))

  ;; Bytes of the packed-B buffer: one KC block of op(B), all n columns, padded to NR.
  (func $packedBBytes (param $n i32) (param $k i32) (result i32)
    (i32.shl
      (i32.mul (call $evenSteps (call $min (local.get $k) (global.get $KC)))
        (call $roundUp (local.get $n) (global.get $NR)))
      (i32.const 2)))

  ;; Bytes of the packed-A buffer: one KC block of op(A), MC rows, padded to MR.
  (func $packedABytes (param $m i32) (param $k i32) (result i32)
    (i32.shl
      (i32.mul (call $evenSteps (call $min (local.get $k) (global.get $KC)))
        (call $roundUp (call $min (local.get $m) (global.get $MC)) (global.get $MR)))
      (i32.const 2)))

  ;; Workspace the caller must provide for an m×n×k product: packed B, packed A, and one
  ;; MR×NR scratch tile for ragged edges.
  (func $workspaceBytes (export "workspaceBytes") (param $m i32) (param $n i32) (param $k i32) (result i32)
    (i32.add
      (i32.add (call $packedBBytes (local.get $n) (local.get $k)) (call $packedABytes (local.get $m) (local.get $k)))
      (i32.shl (i32.mul (global.get $MR) (global.get $NR)) (i32.const 2))))

  ;; c[0 .. count) ← beta·c; beta = 0 writes zeros, so old NaNs are ignored as in BLAS
  ;; (each product is ANDed with a mask of all ones, or of zeros when beta = 0).
  (func $scale (param $c i32) (param $count i32) (param $beta f32)
    (local $end i32) (local $vecEnd i32) (local $bv v128) (local $mask i32) (local $maskv v128)
    (if (f32.eq (local.get $beta) (f32.const 1)) (then (return)))
    (local.set $mask (select (i32.const 0) (i32.const -1) (f32.eq (local.get $beta) (f32.const 0))))
    (local.set $maskv (i32x4.splat (local.get $mask)))
    (local.set $bv (f32x4.splat (local.get $beta)))
    (local.set $end (i32.add (local.get $c) (i32.shl (local.get $count) (i32.const 2))))
    (local.set $vecEnd (i32.sub (local.get $end) (i32.const 12)))
    (block $done
      (loop $vec
        (br_if $done (i32.ge_u (local.get $c) (local.get $vecEnd)))
        (v128.store (local.get $c)
          (v128.and (f32x4.mul (v128.load (local.get $c)) (local.get $bv)) (local.get $maskv)))
        (local.set $c (i32.add (local.get $c) (i32.const 16)))
        (br $vec)))
    (block $done
      (loop $tail
        (br_if $done (i32.ge_u (local.get $c) (local.get $end)))
        (i32.store (local.get $c)
          (i32.and (i32.reinterpret_f32 (f32.mul (f32.load (local.get $c)) (local.get $beta)))
            (local.get $mask)))
        (local.set $c (i32.add (local.get $c) (i32.const 4)))
        (br $tail))))

  ;; Packs 4 lines of one operand, kc steps long, 4 floats per step, `out` bytes apart.
  ;; Line r at step p is src[r·ls + p·ks] (strides in floats); lines >= `lines` are zeros.
  ;; Fast paths: lines contiguous (ls = 1) is a plain copy of 4 floats per step; steps
  ;; contiguous (ks = 1) reads 4×4 blocks and transposes them in registers.
  (func $packGroup (param $dst i32) (param $src i32) (param $ls i32) (param $ks i32)
    (param $kc i32) (param $out i32) (param $lines i32)
    (local $p i32) (local $r i32) (local $lsB i32) (local $ksB i32) (local $at i32)
    (local $r0 v128) (local $r1 v128) (local $r2 v128) (local $r3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $lsB (i32.shl (local.get $ls) (i32.const 2)))
    (local.set $ksB (i32.shl (local.get $ks) (i32.const 2)))
    (if (i32.eq (local.get $lines) (i32.const 4))
      (then
        (if (i32.eq (local.get $ls) (i32.const 1))
          (then
            (loop $copy
              (v128.store (local.get $dst) (v128.load (local.get $src)))
              (local.set $src (i32.add (local.get $src) (local.get $ksB)))
              (local.set $dst (i32.add (local.get $dst) (local.get $out)))
              (br_if $copy (local.tee $kc (i32.sub (local.get $kc) (i32.const 1)))))
            (return)))
        (if (i32.eq (local.get $ks) (i32.const 1))
          (then
            (block $blocksDone
              (loop $block
                (br_if $blocksDone (i32.lt_s (local.get $kc) (i32.const 4)))
                ;; r_i = line i, steps p..p+3; t_* interleave pairs; results are columns.
                (local.set $r0 (v128.load (local.get $src)))
                (local.set $r1 (v128.load (i32.add (local.get $src) (local.get $lsB))))
                (local.set $r2 (v128.load (i32.add (local.get $src) (i32.shl (local.get $lsB) (i32.const 1)))))
                (local.set $r3 (v128.load (i32.add (local.get $src) (i32.mul (local.get $lsB) (i32.const 3)))))
                (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $r0) (local.get $r1)))
                (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $r0) (local.get $r1)))
                (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $r2) (local.get $r3)))
                (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $r2) (local.get $r3)))
                (v128.store (local.get $dst)
                  (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
                (local.set $dst (i32.add (local.get $dst) (local.get $out)))
                (v128.store (local.get $dst)
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
                (local.set $dst (i32.add (local.get $dst) (local.get $out)))
                (v128.store (local.get $dst)
                  (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
                (local.set $dst (i32.add (local.get $dst) (local.get $out)))
                (v128.store (local.get $dst)
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
                (local.set $dst (i32.add (local.get $dst) (local.get $out)))
                (local.set $src (i32.add (local.get $src) (i32.const 16)))
                (local.set $kc (i32.sub (local.get $kc) (i32.const 4)))
                (br $block)))))))
    ;; Lines all past the edge: zeros.
    (if (i32.le_s (local.get $lines) (i32.const 0))
      (then
        (loop $zeros
          (v128.store (local.get $dst) (v128.const i32x4 0 0 0 0))
          (local.set $dst (i32.add (local.get $dst) (local.get $out)))
          (br_if $zeros (local.tee $kc (i32.sub (local.get $kc) (i32.const 1)))))
        (return)))
    ;; General case, and the last kc mod 4 steps of the transposing path.
    (block $done
      (loop $step
        (br_if $done (i32.le_s (local.get $kc) (i32.const 0)))
        (local.set $r (i32.const 0))
        (loop $line
          (local.set $at (i32.add (local.get $dst) (i32.shl (local.get $r) (i32.const 2))))
          (if (i32.lt_s (local.get $r) (local.get $lines))
            (then (f32.store (local.get $at)
              (f32.load (i32.add (local.get $src) (i32.mul (local.get $r) (local.get $lsB))))))
            (else (f32.store (local.get $at) (f32.const 0))))
          (br_if $line (i32.lt_s (local.tee $r (i32.add (local.get $r) (i32.const 1))) (i32.const 4))))
        (local.set $src (i32.add (local.get $src) (local.get $ksB)))
        (local.set $dst (i32.add (local.get $dst) (local.get $out)))
        (local.set $kc (i32.sub (local.get $kc) (i32.const 1)))
        (br $step))))

  ;; Packs `count` lines (rows of op(A) or columns of op(B)), kc steps long, into panels
  ;; `width` lines wide (MR or NR, a multiple of 4): panel q holds, for each step p, the
  ;; `width` values of lines q·width .. q·width+width-1, zero-padded past `count`. An odd
  ;; kc gets one more step of zeros: both operands' padding is 0, so it adds exactly 0.
  (func $pack (param $dst i32) (param $src i32) (param $ls i32) (param $ks i32)
    (param $count i32) (param $kc i32) (param $width i32)
    (local $line i32) (local $panelBytes i32) (local $group i32) (local $groupDst i32)
    (local.set $panelBytes
      (i32.shl (i32.mul (call $evenSteps (local.get $kc)) (local.get $width)) (i32.const 2)))
    (loop $panel
      (local.set $group (i32.const 0))
      (loop $groups
        (local.set $groupDst (i32.add (local.get $dst) (i32.shl (local.get $group) (i32.const 2))))
        (call $packGroup (local.get $groupDst)
          (i32.add (local.get $src)
            (i32.shl (i32.mul (i32.add (local.get $line) (local.get $group)) (local.get $ls)) (i32.const 2)))
          (local.get $ls) (local.get $ks) (local.get $kc)
          (i32.shl (local.get $width) (i32.const 2))
          (call $min (i32.const 4)
            (i32.sub (local.get $count) (i32.add (local.get $line) (local.get $group)))))
        (if (i32.and (local.get $kc) (i32.const 1))
          (then (v128.store
            (i32.add (local.get $groupDst) (i32.shl (i32.mul (local.get $kc) (local.get $width)) (i32.const 2)))
            (v128.const i32x4 0 0 0 0))))
        (br_if $groups
          (i32.lt_s (local.tee $group (i32.add (local.get $group) (i32.const 4))) (local.get $width))))
      (local.set $dst (i32.add (local.get $dst) (local.get $panelBytes)))
      (br_if $panel
        (i32.lt_s (local.tee $line (i32.add (local.get $line) (local.get $width))) (local.get $count)))))

  ;; The micro-kernel: C[0..mr)[0..nr) += alpha · Ap·Bp over kc (even) steps, where Ap holds
  ;; MR = 4 values per step and Bp NR = 8. C rows are `ldc` bytes apart. Full tiles update
  ;; C directly; ragged ones go through the scratch tile.
  (func $kernel (param $kc i32) (param $ap i32) (param $bp i32) (param $c i32) (param $ldc i32)
    (param $alpha f32) (param $mr i32) (param $nr i32) (param $scratch i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $b0 v128) (local $b1 v128) (local $a v128) (local $av v128)
    (local $r i32) (local $j i32) (local $row i32) (local $tile i32)
    ;; Two steps per iteration (kc is even: packing pads it) to halve the loop overhead; the
    ;; same loop twice, fused (one rounding per multiply-add) or not, chosen once per tile.
    (if (global.get $fused)
      (then
        (loop $fusedStep
          ;; Step p: row r of the tile += A[r][p] · B[p][0..8).
          (local.set $b0 (v128.load offset=0 (local.get $bp)))
          (local.set $b1 (v128.load offset=16 (local.get $bp)))
          (local.set $a (v128.load32_splat offset=0 (local.get $ap)))
          (local.set $c00 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c00)))
          (local.set $c01 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c01)))
          (local.set $a (v128.load32_splat offset=4 (local.get $ap)))
          (local.set $c10 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c10)))
          (local.set $c11 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c11)))
          (local.set $a (v128.load32_splat offset=8 (local.get $ap)))
          (local.set $c20 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c20)))
          (local.set $c21 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c21)))
          (local.set $a (v128.load32_splat offset=12 (local.get $ap)))
          (local.set $c30 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c30)))
          (local.set $c31 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c31)))
          ;; Step p + 1.
          (local.set $b0 (v128.load offset=32 (local.get $bp)))
          (local.set $b1 (v128.load offset=48 (local.get $bp)))
          (local.set $a (v128.load32_splat offset=16 (local.get $ap)))
          (local.set $c00 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c00)))
          (local.set $c01 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c01)))
          (local.set $a (v128.load32_splat offset=20 (local.get $ap)))
          (local.set $c10 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c10)))
          (local.set $c11 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c11)))
          (local.set $a (v128.load32_splat offset=24 (local.get $ap)))
          (local.set $c20 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c20)))
          (local.set $c21 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c21)))
          (local.set $a (v128.load32_splat offset=28 (local.get $ap)))
          (local.set $c30 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c30)))
          (local.set $c31 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c31)))
          (local.set $ap (i32.add (local.get $ap) (i32.const 32)))
          (local.set $bp (i32.add (local.get $bp) (i32.const 64)))
          (br_if $fusedStep (local.tee $kc (i32.sub (local.get $kc) (i32.const 2))))))
      (else
        (loop $step
          ;; Step p: row r of the tile += A[r][p] · B[p][0..8).
          (local.set $b0 (v128.load offset=0 (local.get $bp)))
          (local.set $b1 (v128.load offset=16 (local.get $bp)))
          (local.set $a (v128.load32_splat offset=0 (local.get $ap)))
          (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $a) (local.get $b0))))
          (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $a) (local.get $b1))))
          (local.set $a (v128.load32_splat offset=4 (local.get $ap)))
          (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $a) (local.get $b0))))
          (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $a) (local.get $b1))))
          (local.set $a (v128.load32_splat offset=8 (local.get $ap)))
          (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $a) (local.get $b0))))
          (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $a) (local.get $b1))))
          (local.set $a (v128.load32_splat offset=12 (local.get $ap)))
          (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $a) (local.get $b0))))
          (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $a) (local.get $b1))))
          ;; Step p + 1.
          (local.set $b0 (v128.load offset=32 (local.get $bp)))
          (local.set $b1 (v128.load offset=48 (local.get $bp)))
          (local.set $a (v128.load32_splat offset=16 (local.get $ap)))
          (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $a) (local.get $b0))))
          (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $a) (local.get $b1))))
          (local.set $a (v128.load32_splat offset=20 (local.get $ap)))
          (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $a) (local.get $b0))))
          (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $a) (local.get $b1))))
          (local.set $a (v128.load32_splat offset=24 (local.get $ap)))
          (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $a) (local.get $b0))))
          (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $a) (local.get $b1))))
          (local.set $a (v128.load32_splat offset=28 (local.get $ap)))
          (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $a) (local.get $b0))))
          (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $a) (local.get $b1))))
          (local.set $ap (i32.add (local.get $ap) (i32.const 32)))
          (local.set $bp (i32.add (local.get $bp) (i32.const 64)))
          (br_if $step (local.tee $kc (i32.sub (local.get $kc) (i32.const 2)))))))
    (local.set $av (f32x4.splat (local.get $alpha)))
    (if (i32.and (i32.eq (local.get $mr) (i32.const 4)) (i32.eq (local.get $nr) (i32.const 8)))
      (then
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (f32x4.mul (local.get $av) (local.get $c00))))
        (v128.store offset=16 (local.get $c)
          (f32x4.add (v128.load offset=16 (local.get $c)) (f32x4.mul (local.get $av) (local.get $c01))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (f32x4.mul (local.get $av) (local.get $c10))))
        (v128.store offset=16 (local.get $c)
          (f32x4.add (v128.load offset=16 (local.get $c)) (f32x4.mul (local.get $av) (local.get $c11))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (f32x4.mul (local.get $av) (local.get $c20))))
        (v128.store offset=16 (local.get $c)
          (f32x4.add (v128.load offset=16 (local.get $c)) (f32x4.mul (local.get $av) (local.get $c21))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (f32x4.mul (local.get $av) (local.get $c30))))
        (v128.store offset=16 (local.get $c)
          (f32x4.add (v128.load offset=16 (local.get $c)) (f32x4.mul (local.get $av) (local.get $c31))))
        (return)))
    ;; Ragged tile: write the whole scaled tile (8 floats a row) to scratch, add its valid part.
    (v128.store offset=0 (local.get $scratch) (f32x4.mul (local.get $av) (local.get $c00)))
    (v128.store offset=16 (local.get $scratch) (f32x4.mul (local.get $av) (local.get $c01)))
    (v128.store offset=32 (local.get $scratch) (f32x4.mul (local.get $av) (local.get $c10)))
    (v128.store offset=48 (local.get $scratch) (f32x4.mul (local.get $av) (local.get $c11)))
    (v128.store offset=64 (local.get $scratch) (f32x4.mul (local.get $av) (local.get $c20)))
    (v128.store offset=80 (local.get $scratch) (f32x4.mul (local.get $av) (local.get $c21)))
    (v128.store offset=96 (local.get $scratch) (f32x4.mul (local.get $av) (local.get $c30)))
    (v128.store offset=112 (local.get $scratch) (f32x4.mul (local.get $av) (local.get $c31)))
    (loop $rows
      (local.set $row (i32.add (local.get $c) (i32.mul (local.get $r) (local.get $ldc))))
      (local.set $tile (i32.add (local.get $scratch) (i32.shl (local.get $r) (i32.const 5))))
      (local.set $j (i32.const 0))
      (loop $cols
        (f32.store (local.get $row) (f32.add (f32.load (local.get $row)) (f32.load (local.get $tile))))
        (local.set $row (i32.add (local.get $row) (i32.const 4)))
        (local.set $tile (i32.add (local.get $tile) (i32.const 4)))
        (br_if $cols (i32.lt_s (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $nr))))
      (br_if $rows (i32.lt_s (local.tee $r (i32.add (local.get $r) (i32.const 1))) (local.get $mr)))))

  ;; Every row of C (m rows of n floats, ldc floats apart) ← bias when beta = 0, else
  ;; beta·row + bias: the start of a product that adds a bias row (a dense layer's forward).
  ;; beta = 0 copies the bias, so old NaNs in C are ignored as in BLAS.
  (func $biasRows (param $c i32) (param $m i32) (param $n i32) (param $ldc i32) (param $beta f32)
    (param $bias i32)
    (local $row i32) (local $j i32) (local $at i32) (local $from i32) (local $bv v128) (local $keep i32)
    (local.set $keep (f32.ne (local.get $beta) (f32.const 0)))
    (local.set $bv (f32x4.splat (local.get $beta)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_s (local.get $row) (local.get $m)))
        (local.set $at
          (i32.add (local.get $c) (i32.shl (i32.mul (local.get $row) (local.get $ldc)) (i32.const 2))))
        (local.set $from (local.get $bias))
        (local.set $j (i32.const 0))
        (block $vecDone
          (loop $vec
            (br_if $vecDone (i32.gt_s (i32.add (local.get $j) (i32.const 4)) (local.get $n)))
            (v128.store (local.get $at)
              (if (result v128) (local.get $keep)
                (then (f32x4.add (f32x4.mul (v128.load (local.get $at)) (local.get $bv))
                  (v128.load (local.get $from))))
                (else (v128.load (local.get $from)))))
            (local.set $at (i32.add (local.get $at) (i32.const 16)))
            (local.set $from (i32.add (local.get $from) (i32.const 16)))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $vec)))
        (block $tailDone
          (loop $tail
            (br_if $tailDone (i32.ge_s (local.get $j) (local.get $n)))
            (f32.store (local.get $at)
              (if (result f32) (local.get $keep)
                (then (f32.add (f32.mul (f32.load (local.get $at)) (local.get $beta))
                  (f32.load (local.get $from))))
                (else (f32.load (local.get $from)))))
            (local.set $at (i32.add (local.get $at) (i32.const 4)))
            (local.set $from (i32.add (local.get $from) (i32.const 4)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $tail)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $rows))))

  ;; ---- Skinny products: a few columns or one row of C --------------------------------
  ;;
  ;; A product with one to three columns (a layer with one output, the weight gradient of a
  ;; layer with two inputs) or one row (a one-output layer's weight gradient, a bias
  ;; gradient 1ᵀ·∂y) would fill 4×8 tiles mostly with padding: 7 of 8 columns, or 3 of 4
  ;; rows. These paths skip packing and vectorise along the long side instead. Each entry of
  ;; C is still 0 + A[i][0]·B[0][j] + A[i][1]·B[1][j] + … in order, added to C times alpha,
  ;; exactly as the blocked path computes it within one block of k (its zero padding adds
  ;; +0, which changes no sum that starts at +0): the paths give the same bits.
  ;; Strides are in bytes here: op(A)[i][p] is at a + i·lsA + p·ksA, op(B)[p][j] at
  ;; b + j·lsB + p·ksB, and C's rows are ldc bytes apart.

  ;; c[0] += alpha · Σ_p a[p·ksA]·b[p·ksB] over k >= 1 steps: one entry.
  (func $dotScalar (param $k i32) (param $a i32) (param $ksA i32) (param $b i32) (param $ksB i32)
    (param $c i32) (param $alpha f32)
    (local $acc f32)
    (loop $steps
      (local.set $acc (f32x4.extract_lane 0 (call $madd (f32x4.splat (f32.load (local.get $a)))
        (f32x4.splat (f32.load (local.get $b))) (f32x4.splat (local.get $acc)))))
      (local.set $a (i32.add (local.get $a) (local.get $ksA)))
      (local.set $b (i32.add (local.get $b) (local.get $ksB)))
      (br_if $steps (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
    (f32.store (local.get $c) (f32.add (f32.load (local.get $c)) (f32.mul (local.get $alpha) (local.get $acc)))))

  ;; One column of C, four rows at a time: the four rows' A values at step p are gathered
  ;; into one vector and multiplied by B[p] broadcast; leftover rows one by one. C's column
  ;; is at c, B's at b (a product with two or three columns calls this once per column).
  (func $columnProduct (param $m i32) (param $k i32) (param $alpha f32)
    (param $a i32) (param $lsA i32) (param $ksA i32) (param $b i32) (param $ksB i32)
    (param $c i32) (param $ldc i32)
    (local $i i32) (local $p i32) (local $at i32) (local $from i32) (local $acc v128) (local $av v128)
    (block $groupsDone
      (loop $groups
        (br_if $groupsDone (i32.gt_s (i32.add (local.get $i) (i32.const 4)) (local.get $m)))
        (local.set $acc (v128.const i32x4 0 0 0 0))
        (local.set $at (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $lsA))))
        (local.set $from (local.get $b))
        (local.set $p (local.get $k))
        (loop $steps
          (local.set $av (f32x4.splat (f32.load (local.get $at))))
          (local.set $av (f32x4.replace_lane 1 (local.get $av)
            (f32.load (i32.add (local.get $at) (local.get $lsA)))))
          (local.set $av (f32x4.replace_lane 2 (local.get $av)
            (f32.load (i32.add (local.get $at) (i32.shl (local.get $lsA) (i32.const 1))))))
          (local.set $av (f32x4.replace_lane 3 (local.get $av)
            (f32.load (i32.add (local.get $at) (i32.mul (local.get $lsA) (i32.const 3))))))
          (local.set $acc (call $madd (local.get $av) (v128.load32_splat (local.get $from)) (local.get $acc)))
          (local.set $at (i32.add (local.get $at) (local.get $ksA)))
          (local.set $from (i32.add (local.get $from) (local.get $ksB)))
          (br_if $steps (local.tee $p (i32.sub (local.get $p) (i32.const 1)))))
        (local.set $acc (f32x4.mul (f32x4.splat (local.get $alpha)) (local.get $acc)))
        (local.set $at (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))))
        (f32.store (local.get $at) (f32.add (f32.load (local.get $at)) (f32x4.extract_lane 0 (local.get $acc))))
        (local.set $at (i32.add (local.get $at) (local.get $ldc)))
        (f32.store (local.get $at) (f32.add (f32.load (local.get $at)) (f32x4.extract_lane 1 (local.get $acc))))
        (local.set $at (i32.add (local.get $at) (local.get $ldc)))
        (f32.store (local.get $at) (f32.add (f32.load (local.get $at)) (f32x4.extract_lane 2 (local.get $acc))))
        (local.set $at (i32.add (local.get $at) (local.get $ldc)))
        (f32.store (local.get $at) (f32.add (f32.load (local.get $at)) (f32x4.extract_lane 3 (local.get $acc))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $groups)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_s (local.get $i) (local.get $m)))
        (call $dotScalar (local.get $k) (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $lsA)))
          (local.get $ksA) (local.get $b) (local.get $ksB)
          (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))) (local.get $alpha))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows))))

  ;; c[0..4·count) += alpha · Σ_p a[p·ksA]·b[p·ksB + 0..4·count) over k >= 1 steps, for
  ;; count = 4 or 1 vectors: part of one row of C, b's rows contiguous.
  (func $rowVectors (param $k i32) (param $a i32) (param $ksA i32) (param $b i32) (param $ksB i32)
    (param $c i32) (param $alpha f32) (param $count i32)
    (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128) (local $av v128)
    (if (i32.eq (local.get $count) (i32.const 4))
      (then
        (loop $steps
          (local.set $av (v128.load32_splat (local.get $a)))
          (local.set $acc0 (call $madd (local.get $av) (v128.load offset=0 (local.get $b)) (local.get $acc0)))
          (local.set $acc1 (call $madd (local.get $av) (v128.load offset=16 (local.get $b)) (local.get $acc1)))
          (local.set $acc2 (call $madd (local.get $av) (v128.load offset=32 (local.get $b)) (local.get $acc2)))
          (local.set $acc3 (call $madd (local.get $av) (v128.load offset=48 (local.get $b)) (local.get $acc3)))
          (local.set $a (i32.add (local.get $a) (local.get $ksA)))
          (local.set $b (i32.add (local.get $b) (local.get $ksB)))
          (br_if $steps (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
        (local.set $av (f32x4.splat (local.get $alpha)))
        (v128.store offset=0 (local.get $c) (f32x4.add (v128.load offset=0 (local.get $c)) (f32x4.mul (local.get $av) (local.get $acc0))))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (f32x4.mul (local.get $av) (local.get $acc1))))
        (v128.store offset=32 (local.get $c) (f32x4.add (v128.load offset=32 (local.get $c)) (f32x4.mul (local.get $av) (local.get $acc2))))
        (v128.store offset=48 (local.get $c) (f32x4.add (v128.load offset=48 (local.get $c)) (f32x4.mul (local.get $av) (local.get $acc3))))
        (return)))
    (loop $steps
      (local.set $acc0 (call $madd (v128.load32_splat (local.get $a)) (v128.load (local.get $b)) (local.get $acc0)))
      (local.set $a (i32.add (local.get $a) (local.get $ksA)))
      (local.set $b (i32.add (local.get $b) (local.get $ksB)))
      (br_if $steps (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
    (v128.store (local.get $c)
      (f32x4.add (v128.load (local.get $c)) (f32x4.mul (f32x4.splat (local.get $alpha)) (local.get $acc0)))))

  ;; One row of C (m = 1) whose op(B) rows are contiguous (lsB = 4 bytes): 16 columns at a
  ;; time, then 4 at a time, then one by one.
  (func $rowProduct (param $n i32) (param $k i32) (param $alpha f32)
    (param $a i32) (param $ksA i32) (param $b i32) (param $ksB i32) (param $c i32)
    (local $j i32) (local $count i32)
    (block $vectorsDone
      (loop $vectors
        (local.set $count (select (i32.const 4) (i32.const 1)
          (i32.le_s (i32.add (local.get $j) (i32.const 16)) (local.get $n))))
        (br_if $vectorsDone (i32.gt_s (i32.add (local.get $j) (i32.shl (local.get $count) (i32.const 2))) (local.get $n)))
        (call $rowVectors (local.get $k) (local.get $a) (local.get $ksA)
          (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ksB)
          (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 2))) (local.get $alpha) (local.get $count))
        (local.set $j (i32.add (local.get $j) (i32.shl (local.get $count) (i32.const 2))))
        (br $vectors)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_s (local.get $j) (local.get $n)))
        (call $dotScalar (local.get $k) (local.get $a) (local.get $ksA)
          (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ksB)
          (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 2))) (local.get $alpha))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $tail))))

  ;; ---- The product ------------------------------------------------------------------

  ;; C (m×n, at c) ← alpha·op(A)·op(B) + beta·C. op(A) is m×k: A is stored m×k, or k×m
  ;; when transA ≠ 0. op(B) is k×n: B is stored k×n, or n×k when transB ≠ 0. Consecutive
  ;; stored rows of A, B and C are lda, ldb and ldc floats apart. `work` points at
  ;; workspaceBytes(m, n, k) free bytes, 16-byte aligned. A non-zero `bias` points at n
  ;; floats added to every row: C ← alpha·op(A)·op(B) + beta·C + bias (C ← bias first when
  ;; beta = 0, so a dense layer's bias costs no pass over C outside the kernel). `fused` is 1
  ;; for fused multiply-adds, 0 for separate multiplies and adds (see the top of this file).
  (func $gemm (export "gemm") (param $transA i32) (param $transB i32) (param $m i32) (param $n i32)
    (param $k i32) (param $alpha f32) (param $a i32) (param $lda i32) (param $b i32) (param $ldb i32)
    (param $beta f32) (param $c i32) (param $ldc i32) (param $work i32) (param $bias i32)
    (param $fusedArg i32)
    (local $lsA i32) (local $ksA i32) (local $lsB i32) (local $ksB i32)
    (local $packA i32) (local $scratch i32) (local $row i32)
    (local $pc i32) (local $kc i32) (local $steps i32) (local $ic i32) (local $mc i32)
    (local $jr i32) (local $ir i32)
    (global.set $fused (local.get $fusedArg))
    ;; C ← beta·C (+ bias); without a bias in one sweep when C's rows are contiguous.
    (if (local.get $bias)
      (then
        (call $biasRows (local.get $c) (local.get $m) (local.get $n) (local.get $ldc)
          (local.get $beta) (local.get $bias)))
      (else
        (if (i32.eq (local.get $ldc) (local.get $n))
          (then (call $scale (local.get $c) (i32.mul (local.get $m) (local.get $n)) (local.get $beta)))
          (else
            (loop $rows
              (if (i32.lt_s (local.get $row) (local.get $m))
                (then
                  (call $scale
                    (i32.add (local.get $c) (i32.shl (i32.mul (local.get $row) (local.get $ldc)) (i32.const 2)))
                    (local.get $n) (local.get $beta))
                  (local.set $row (i32.add (local.get $row) (i32.const 1)))
                  (br $rows))))))))
    (if (i32.or (i32.eqz (local.get $k)) (i32.or (i32.eqz (local.get $m)) (i32.eqz (local.get $n))))
      (then (return)))
    ;; Strides (in floats) of op(A)[i][p] along i and p, and of op(B)[p][j] along j and p.
    (if (local.get $transA)
      (then (local.set $lsA (i32.const 1)) (local.set $ksA (local.get $lda)))
      (else (local.set $lsA (local.get $lda)) (local.set $ksA (i32.const 1))))
    (if (local.get $transB)
      (then (local.set $lsB (local.get $ldb)) (local.set $ksB (i32.const 1)))
      (else (local.set $lsB (i32.const 1)) (local.set $ksB (local.get $ldb))))
    ;; Skinny products within one block of k skip packing (same bits, see above).
    (if (i32.le_s (local.get $k) (global.get $KC))
      (then
        (if (i32.le_s (local.get $n) (i32.const 3))
          (then
            ;; Up to three columns, one at a time (jr counts them).
            (loop $columns
              (call $columnProduct (local.get $m) (local.get $k) (local.get $alpha)
                (local.get $a) (i32.shl (local.get $lsA) (i32.const 2)) (i32.shl (local.get $ksA) (i32.const 2))
                (i32.add (local.get $b) (i32.shl (i32.mul (local.get $jr) (local.get $lsB)) (i32.const 2)))
                (i32.shl (local.get $ksB) (i32.const 2))
                (i32.add (local.get $c) (i32.shl (local.get $jr) (i32.const 2)))
                (i32.shl (local.get $ldc) (i32.const 2)))
              (br_if $columns (i32.lt_s (local.tee $jr (i32.add (local.get $jr) (i32.const 1))) (local.get $n))))
            (return)))
        (if (i32.and (i32.eq (local.get $m) (i32.const 1)) (i32.eq (local.get $lsB) (i32.const 1)))
          (then
            (call $rowProduct (local.get $n) (local.get $k) (local.get $alpha)
              (local.get $a) (i32.shl (local.get $ksA) (i32.const 2))
              (local.get $b) (i32.shl (local.get $ksB) (i32.const 2)) (local.get $c))
            (return)))))
    (local.set $packA (i32.add (local.get $work) (call $packedBBytes (local.get $n) (local.get $k))))
    (local.set $scratch (i32.add (local.get $packA) (call $packedABytes (local.get $m) (local.get $k))))
    (loop $kBlocks
      (local.set $kc (call $min (global.get $KC) (i32.sub (local.get $k) (local.get $pc))))
      (local.set $steps (call $evenSteps (local.get $kc)))
      (call $pack (local.get $work)
        (i32.add (local.get $b) (i32.shl (i32.mul (local.get $pc) (local.get $ksB)) (i32.const 2)))
        (local.get $lsB) (local.get $ksB) (local.get $n) (local.get $kc) (global.get $NR))
      (local.set $ic (i32.const 0))
      (loop $rowBlocks
        (local.set $mc (call $min (global.get $MC) (i32.sub (local.get $m) (local.get $ic))))
        (call $pack (local.get $packA)
          (i32.add (local.get $a)
            (i32.shl (i32.add (i32.mul (local.get $ic) (local.get $lsA)) (i32.mul (local.get $pc) (local.get $ksA)))
              (i32.const 2)))
          (local.get $lsA) (local.get $ksA) (local.get $mc) (local.get $kc) (global.get $MR))
        (local.set $jr (i32.const 0))
        (loop $colPanels
          (local.set $ir (i32.const 0))
          (loop $rowPanels
            (call $kernel (local.get $steps)
              (i32.add (local.get $packA) (i32.shl (i32.mul (local.get $ir) (local.get $steps)) (i32.const 2)))
              (i32.add (local.get $work) (i32.shl (i32.mul (local.get $jr) (local.get $steps)) (i32.const 2)))
              (i32.add (local.get $c)
                (i32.shl (i32.add (i32.mul (i32.add (local.get $ic) (local.get $ir)) (local.get $ldc)) (local.get $jr))
                  (i32.const 2)))
              (i32.shl (local.get $ldc) (i32.const 2))
              (local.get $alpha)
              (call $min (global.get $MR) (i32.sub (local.get $mc) (local.get $ir)))
              (call $min (global.get $NR) (i32.sub (local.get $n) (local.get $jr)))
              (local.get $scratch))
            (br_if $rowPanels
              (i32.lt_s (local.tee $ir (i32.add (local.get $ir) (global.get $MR))) (local.get $mc))))
          (br_if $colPanels
            (i32.lt_s (local.tee $jr (i32.add (local.get $jr) (global.get $NR))) (local.get $n))))
        (br_if $rowBlocks
          (i32.lt_s (local.tee $ic (i32.add (local.get $ic) (global.get $MC))) (local.get $m))))
      (br_if $kBlocks
        (i32.lt_s (local.tee $pc (i32.add (local.get $pc) (global.get $KC))) (local.get $k)))))

  ;; ---- A dense layer's backward pass ---------------------------------------------------

  ;; The three products of a dense layer's backward pass (y = x·Wᵀ + b, W stored units×inputs),
  ;; on operands already in memory, so that ∂y is copied in once instead of three times:
  ;;   dW = ∂yᵀ·x (units×inputs),  db = 1ᵀ·∂y (units),  dx = ∂y·W (rows×inputs) if dx ≠ 0.
  ;; `ones` has room for `rows` floats (the 1 of 1ᵀ), `work` for the largest product's
  ;; workspace, `fused` is $gemm's. Each is the same call to $gemm that three separate
  ;; products make: the same bits. (1ᵀ·∂y adds each column's terms in order from +0, as a plain loop of sums does.)
  (func (export "denseBackward") (param $rows i32) (param $inputs i32) (param $units i32)
    (param $gradOut i32) (param $x i32) (param $w i32) (param $dW i32) (param $db i32) (param $dx i32)
    (param $ones i32) (param $work i32) (param $fused i32)
    (local $at i32)
    (local.set $at (local.get $ones))
    (loop $fill
      (f32.store (local.get $at) (f32.const 1))
      (br_if $fill (i32.lt_u (local.tee $at (i32.add (local.get $at) (i32.const 4)))
        (i32.add (local.get $ones) (i32.shl (local.get $rows) (i32.const 2))))))
    (call $gemm (i32.const 1) (i32.const 0) (local.get $units) (local.get $inputs) (local.get $rows)
      (f32.const 1) (local.get $gradOut) (local.get $units) (local.get $x) (local.get $inputs)
      (f32.const 0) (local.get $dW) (local.get $inputs) (local.get $work) (i32.const 0) (local.get $fused))
    (call $gemm (i32.const 0) (i32.const 0) (i32.const 1) (local.get $units) (local.get $rows)
      (f32.const 1) (local.get $ones) (local.get $rows) (local.get $gradOut) (local.get $units)
      (f32.const 0) (local.get $db) (local.get $units) (local.get $work) (i32.const 0) (local.get $fused))
    (if (local.get $dx)
      (then
        (call $gemm (i32.const 0) (i32.const 0) (local.get $rows) (local.get $inputs) (local.get $units)
          (f32.const 1) (local.get $gradOut) (local.get $units) (local.get $w) (local.get $inputs)
          (f32.const 0) (local.get $dx) (local.get $inputs) (local.get $work) (i32.const 0) (local.get $fused)))))
)
