; toets proof obligation
; model:   models/iza-2022.toml
; rule:    no-decision-without
; subject: bijsturen-na-evaluatie
; case:    without `vng`
; unsat means: the decision `bijsturen-na-evaluatie` cannot be taken unless `vng` consents
; expect:  sat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.vng| Bool)
; step `rule` of `bijsturen-na-evaluatie` passes (IZA 2022, p. 28: "Op basis van de uitkomsten van de evaluatie [...] zal VWS, na consultatie van de IZA-partijen, hierover een besluit nemen.")
(assert |consents.vws|)
; `vng` does not consent
(assert (not |consents.vng|))
(check-sat)
(exit)
