; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    no-subordination
; subject: (model)
; case:    `vws` under `zn`
; unsat means: no chain of relations puts `vws` under `zn`
; expect:  unsat
(set-logic QF_LIA)
; no relation leads down from `zn` to `vws`
(assert false)
(check-sat)
(exit)
