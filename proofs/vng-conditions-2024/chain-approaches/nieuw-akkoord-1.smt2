; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    chain-approaches
; subject: nieuw-akkoord
; case:    a binding prioritisation
; unsat means: a binding decision prioritises the chain approaches of `nieuw-akkoord`
; expect:  unsat
(set-logic QF_LIA)
(declare-const |exists| Bool)
(declare-const |binding.prioritering-ketenaanpakken| Bool)
; fact: a decision prioritises the chain approaches of `nieuw-akkoord`: true
; the proof rests on this: decision `prioritering-ketenaanpakken` prioritises the chain approaches (models/vng-conditions-2024.toml:384:1)
(assert |exists|)
; fact: `prioritering-ketenaanpakken` is binding: true
; the proof rests on this: decision `prioritering-ketenaanpakken` prioritises the chain approaches (models/vng-conditions-2024.toml:384:1)
(assert |binding.prioritering-ketenaanpakken|)
; no decision prioritises the chain approaches, or none binds
(assert (or (not |exists|) (not |binding.prioritering-ketenaanpakken|)))
(check-sat)
(exit)
