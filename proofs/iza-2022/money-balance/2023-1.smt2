; toets proof obligation
; model:   models/iza-2022.toml
; rule:    money-balance
; subject: 2023
; case:    the balance of 2023
; unsat means: in 2023, structural money covers the municipal side's structural tasks and cuts
; expect:  unsat
(set-logic QF_LIA)
(declare-const |fund.5| Bool)
(declare-const |fund.6| Bool)
(declare-const |task.wmo-abonnementstarief| Bool)
; fact: structural money to the municipal side in 2023
; the proof rests on this: `vws` funds `vng` with EUR 150,000,000 a year, structurally from 2023 (models/iza-2022.toml:412:1)
(assert |fund.5|)
; fact: structural money to the municipal side in 2023
(assert |fund.6|)
; fact: the task `wmo-abonnementstarief` costs money in 2023
(assert |task.wmo-abonnementstarief|)
; in 2023 the costs and cuts exceed the structural money by at least one euro
(assert (>= (+ (ite |fund.5| (- 150000000) 0) (ite |fund.6| (- 180000000) 0) (ite |task.wmo-abonnementstarief| 110000000 0)) 1))
(check-sat)
(exit)
