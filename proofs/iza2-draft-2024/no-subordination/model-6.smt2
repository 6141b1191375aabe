; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    no-subordination
; subject: (model)
; case:    `zn` under `vng`
; unsat means: no chain of relations puts `zn` under `vng`
; expect:  unsat
(set-logic QF_LIA)
; no relation leads down from `vng` to `zn`
(assert false)
(check-sat)
(exit)
