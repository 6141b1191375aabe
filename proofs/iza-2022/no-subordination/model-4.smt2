; toets proof obligation
; model:   models/iza-2022.toml
; rule:    no-subordination
; subject: (model)
; case:    `vng` under `zn`
; unsat means: no chain of relations puts `vng` under `zn`
; expect:  unsat
(set-logic QF_LIA)
; no relation leads down from `zn` to `vng`
(assert false)
(check-sat)
(exit)
