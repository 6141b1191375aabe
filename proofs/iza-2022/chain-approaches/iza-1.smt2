; toets proof obligation
; model:   models/iza-2022.toml
; rule:    chain-approaches
; subject: iza
; case:    a binding prioritisation
; unsat means: a binding decision prioritises the chain approaches of `iza`
; expect:  sat
(set-logic QF_LIA)
(declare-const |exists| Bool)
; fact: a decision prioritises the chain approaches of `iza`: false
(assert (not |exists|))
; no decision prioritises the chain approaches, or none binds
(assert (or (not |exists|) true))
(check-sat)
(exit)
