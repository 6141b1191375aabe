; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    no-subordination
; subject: (model)
; case:    `vng` under `vws`
; unsat means: no chain of relations puts `vng` under `vws`
; expect:  unsat
(set-logic QF_LIA)
; no relation leads down from `vws` to `vng`
(assert false)
(check-sat)
(exit)
