; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    equal-power
; subject: bijsturen-na-evaluatie
; case:    `vws` outweighs `zn`
; unsat means: in `bijsturen-na-evaluatie`, `zn` can take the place of `vws` in every coalition
; expect:  sat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |passes.bijsturen-na-evaluatie.1| Bool)
; `vws` consents
(assert |consents.vws|)
; `zn` does not consent
(assert (not |consents.zn|))
; if the rule of decision `bijsturen-na-evaluatie` passes, it asks the consent of `vws`
(assert (or (not |passes.bijsturen-na-evaluatie.1|) |consents.vws|))
; with `vws`, step `rule` of `bijsturen-na-evaluatie` passes (Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 28: "Op basis van de evaluatie wordt uiterlijk 1 juni 2024 in een BO een besluit genomen over het eventueel bijsturen van de gemaakte financiële en inhoudelijke afspraken in het IZA."; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 28: "zal VWS, na consultatie van de IZA-partijen, hierover een besluit nemen")
(assert |passes.bijsturen-na-evaluatie.1|)
; with `zn` in the place of `vws`, `bijsturen-na-evaluatie` does not pass
(assert (not false))
(check-sat)
(exit)
