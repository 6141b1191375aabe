; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    no-subordination
; subject: (model)
; case:    `zn` under `vws`
; unsat means: no chain of relations puts `zn` under `vws`
; expect:  unsat
(set-logic QF_LIA)
; no relation leads down from `vws` to `zn`
(assert false)
(check-sat)
(exit)
