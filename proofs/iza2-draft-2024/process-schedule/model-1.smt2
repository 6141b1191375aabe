; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    process-schedule
; subject: (model)
; case:    a schedule that meets every date
; unsat means: no schedule meets every date: the rule is violated
; polarity: here sat means the rule holds (a model is the witness) and unsat that it is violated (the marked assertions are the counterexample)
; expect:  sat
(set-logic QF_LIA)
(declare-const |start.concept-iza-2| Int)
(declare-const |start.ondertekening-iza-2| Int)
; `concept-iza-2` starts no earlier than 2024-12-31, the model's first date less every step's days: no schedule needs an earlier start
(assert (>= |start.concept-iza-2| 20088))
; `ondertekening-iza-2` starts no earlier than 2024-12-31, the model's first date less every step's days: no schedule needs an earlier start
(assert (>= |start.ondertekening-iza-2| 20088))
; `ondertekening-iza-2` is done by 2024-12-31
(assert (>= (* (- 1) |start.ondertekening-iza-2|) (- 20088)))
; `ondertekening-iza-2` starts after `concept-iza-2` is done
(assert (>= (+ |start.ondertekening-iza-2| (* (- 1) |start.concept-iza-2|)) 0))
(check-sat)
(exit)
