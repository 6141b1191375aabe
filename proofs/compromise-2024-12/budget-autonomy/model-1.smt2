; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    budget-autonomy
; subject: (model)
; case:    every municipal budget
; unsat means: no party approves or sets the budget of a municipality
; expect:  unsat
(set-logic QF_LIA)
; no relation approves the budget of a municipality
(assert false)
(check-sat)
(exit)
