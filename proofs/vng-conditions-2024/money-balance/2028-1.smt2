; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    money-balance
; subject: 2028
; case:    the balance of 2028
; unsat means: in 2028, structural money covers the municipal side's structural tasks and cuts
; expect:  unsat
(set-logic QF_LIA)
(declare-const |fund.6| Bool)
(declare-const |fund.7| Bool)
(declare-const |fund.8| Bool)
(declare-const |fund.9| Bool)
(declare-const |task.wmo-abonnementstarief| Bool)
(declare-const |cut.bezuiniging-preventie| Bool)
(declare-const |cut.ravijnjaar-2026| Bool)
(declare-const |cut.ravijnjaar-2026.top| Bool)
; fact: structural money to the municipal side in 2028
(assert |fund.6|)
; fact: structural money to the municipal side in 2028
(assert |fund.7|)
; fact: structural money to the municipal side in 2028
; the proof rests on this: `vws` funds `vng` with EUR 110,000,000 a year, structurally from 2025 (models/vng-conditions-2024.toml:491:1)
(assert |fund.8|)
; fact: structural money to the municipal side in 2028
; the proof rests on this: `vws` funds `vng` with EUR 3,300,000,000 a year, structurally from 2025 (models/vng-conditions-2024.toml:540:1)
(assert |fund.9|)
; fact: the task `wmo-abonnementstarief` costs money in 2028
(assert |task.wmo-abonnementstarief|)
; fact: the cut `bezuiniging-preventie` runs in 2028
(assert |cut.bezuiniging-preventie|)
; fact: the cut `ravijnjaar-2026` runs in 2028
(assert |cut.ravijnjaar-2026|)
; in 2028 the costs and cuts exceed the structural money by at least one euro
(assert (>= (+ (ite |fund.6| (- 150000000) 0) (ite |fund.7| (- 180000000) 0) (ite |fund.8| (- 110000000) 0) (ite |fund.9| (- 3300000000) 0) (ite |task.wmo-abonnementstarief| 110000000 0) (ite |cut.bezuiniging-preventie| 300000000 0) (ite |cut.ravijnjaar-2026| 2500000000 0) (ite |cut.ravijnjaar-2026.top| 500000000 0)) 1))
(check-sat)
(exit)
