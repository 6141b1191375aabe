; toets proof obligation
; model:   models/iza-2022.toml
; rule:    process-schedule
; subject: (model)
; case:    a schedule that meets every date
; unsat means: no schedule meets every date: the rule is violated
; polarity: here sat means the rule holds (a model is the witness) and unsat that it is violated (the marked assertions are the counterexample)
; expect:  sat
(set-logic QF_LIA)
(declare-const |start.akkoord-2022| Int)
(declare-const |start.besluit-bestuur| Int)
(declare-const |start.instemming-alv| Int)
(declare-const |start.ondertekening-vng| Int)
; `akkoord-2022` starts no earlier than 2022-12-02, the model's first date less every step's days: no schedule needs an earlier start
(assert (>= |start.akkoord-2022| 19328))
; `besluit-bestuur` starts no earlier than 2022-12-02, the model's first date less every step's days: no schedule needs an earlier start
(assert (>= |start.besluit-bestuur| 19328))
; `besluit-bestuur` starts after `akkoord-2022` is done
(assert (>= (+ |start.besluit-bestuur| (* (- 1) |start.akkoord-2022|)) 0))
; `instemming-alv` starts on or after 2022-12-02
(assert (>= |start.instemming-alv| 19328))
; `instemming-alv` is done by 2022-12-02
(assert (>= (* (- 1) |start.instemming-alv|) (- 19328)))
; `instemming-alv` starts after `besluit-bestuur` is done
(assert (>= (+ |start.instemming-alv| (* (- 1) |start.besluit-bestuur|)) 0))
; `ondertekening-vng` starts no earlier than 2022-12-02, the model's first date less every step's days: no schedule needs an earlier start
(assert (>= |start.ondertekening-vng| 19328))
; `ondertekening-vng` starts after `instemming-alv` is done
(assert (>= (+ |start.ondertekening-vng| (* (- 1) |start.instemming-alv|)) 0))
(check-sat)
(exit)
