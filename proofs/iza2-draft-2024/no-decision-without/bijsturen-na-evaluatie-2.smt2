; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    no-decision-without
; subject: bijsturen-na-evaluatie
; case:    without `zn`
; unsat means: the decision `bijsturen-na-evaluatie` cannot be taken unless `zn` consents
; expect:  sat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
; step `rule` of `bijsturen-na-evaluatie` passes (IZA 2022, p. 28: "zal VWS, na consultatie van de IZA-partijen, hierover een besluit nemen", unchanged by the draft)
(assert |consents.vws|)
; `zn` does not consent
(assert (not |consents.zn|))
(check-sat)
(exit)
