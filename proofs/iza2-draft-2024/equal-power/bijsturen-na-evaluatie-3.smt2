; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    equal-power
; subject: bijsturen-na-evaluatie
; case:    `zn` outweighs `vws`
; unsat means: in `bijsturen-na-evaluatie`, `vws` can take the place of `zn` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.zn| Bool)
(declare-const |consents.vws| Bool)
(declare-const |passes.bijsturen-na-evaluatie.1| Bool)
; `zn` consents
(assert |consents.zn|)
; `vws` does not consent
(assert (not |consents.vws|))
; if the rule of decision `bijsturen-na-evaluatie` passes, it asks the consent of `vws`
(assert (or (not |passes.bijsturen-na-evaluatie.1|) |consents.vws|))
; with `zn`, step `rule` of `bijsturen-na-evaluatie` passes (Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 28: "Op basis van de evaluatie wordt uiterlijk 1 juni 2024 in een BO een besluit genomen over het eventueel bijsturen van de gemaakte financiële en inhoudelijke afspraken in het IZA."; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 28: "zal VWS, na consultatie van de IZA-partijen, hierover een besluit nemen")
(assert |passes.bijsturen-na-evaluatie.1|)
; with `vws` in the place of `zn`, `bijsturen-na-evaluatie` does not pass
(assert (not true))
(check-sat)
(exit)
