; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    no-subordination
; subject: (model)
; case:    `vws` under `vng`
; unsat means: no chain of relations puts `vws` under `vng`
; expect:  unsat
(set-logic QF_LIA)
; no relation leads down from `vng` to `vws`
(assert false)
(check-sat)
(exit)
