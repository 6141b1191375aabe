; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    chain-approaches
; subject: izwa
; case:    a binding prioritisation
; unsat means: a binding decision prioritises the chain approaches of `izwa`
; expect:  sat
(set-logic QF_LIA)
(declare-const |exists| Bool)
; fact: a decision prioritises the chain approaches of `izwa`: false
(assert (not |exists|))
; no decision prioritises the chain approaches, or none binds
(assert (or (not |exists|) true))
(check-sat)
(exit)
