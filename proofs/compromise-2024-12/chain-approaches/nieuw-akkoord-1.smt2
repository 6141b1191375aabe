; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    chain-approaches
; subject: nieuw-akkoord
; case:    a binding prioritisation
; unsat means: a binding decision prioritises the chain approaches of `nieuw-akkoord`
; expect:  sat
(set-logic QF_LIA)
(declare-const |exists| Bool)
; fact: a decision prioritises the chain approaches of `nieuw-akkoord`: false
(assert (not |exists|))
; no decision prioritises the chain approaches, or none binds
(assert (or (not |exists|) true))
(check-sat)
(exit)
