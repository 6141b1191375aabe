; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    money-balance
; subject: 2025
; case:    the balance of 2025
; unsat means: in 2025, structural money covers the municipal side's structural tasks and cuts
; expect:  unsat
(set-logic QF_LIA)
(declare-const |fund.5| Bool)
(declare-const |fund.6| Bool)
(declare-const |fund.7| Bool)
(declare-const |task.wmo-abonnementstarief| Bool)
(declare-const |cut.bezuiniging-preventie| Bool)
; fact: structural money to the municipal side in 2025
; the proof rests on this: `vws` funds `vng` with EUR 150,000,000 a year, structurally from 2023 (models/iza2-draft-2024.toml:449:1)
(assert |fund.5|)
; fact: structural money to the municipal side in 2025
; the proof rests on this: `vws` funds `vng` with EUR 180,000,000 a year, structurally from 2023 (models/iza2-draft-2024.toml:466:1)
(assert |fund.6|)
; fact: structural money to the municipal side in 2025
; the proof rests on this: `vws` funds `vng` with EUR 110,000,000 a year, structurally from 2025 (models/iza2-draft-2024.toml:481:1)
(assert |fund.7|)
; fact: the task `wmo-abonnementstarief` costs money in 2025
(assert |task.wmo-abonnementstarief|)
; fact: the cut `bezuiniging-preventie` runs in 2025
(assert |cut.bezuiniging-preventie|)
; in 2025 the costs and cuts exceed the structural money by at least one euro
(assert (>= (+ (ite |fund.5| (- 150000000) 0) (ite |fund.6| (- 180000000) 0) (ite |fund.7| (- 110000000) 0) (ite |task.wmo-abonnementstarief| 110000000 0) (ite |cut.bezuiniging-preventie| 300000000 0)) 1))
(check-sat)
(exit)
