; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    process-schedule
; subject: (model)
; case:    a schedule that meets every date
; unsat means: no schedule meets every date: the rule is violated
; polarity: here sat means the rule holds (a model is the witness) and unsat that it is violated (the marked assertions are the counterexample)
; expect:  sat
(set-logic QF_LIA)
(declare-const |start.conceptakkoord| Int)
(declare-const |start.ondertekening-vng| Int)
; `conceptakkoord` starts no earlier than 2024-12-31, the model's first date less every step's days: no schedule needs an earlier start
(assert (>= |start.conceptakkoord| 20088))
; `ondertekening-vng` starts no earlier than 2024-12-31, the model's first date less every step's days: no schedule needs an earlier start
(assert (>= |start.ondertekening-vng| 20088))
; `ondertekening-vng` is done by 2024-12-31
(assert (>= (* (- 1) |start.ondertekening-vng|) (- 20088)))
; `ondertekening-vng` starts after `conceptakkoord` is done
(assert (>= (+ |start.ondertekening-vng| (* (- 1) |start.conceptakkoord|)) 0))
(check-sat)
(exit)
