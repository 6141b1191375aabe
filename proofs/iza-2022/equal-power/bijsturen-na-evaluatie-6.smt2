; toets proof obligation
; model:   models/iza-2022.toml
; rule:    equal-power
; subject: bijsturen-na-evaluatie
; case:    `vng` outweighs `zn`
; unsat means: in `bijsturen-na-evaluatie`, `zn` can take the place of `vng` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vng| Bool)
(declare-const |consents.zn| Bool)
(declare-const |passes.bijsturen-na-evaluatie.1| Bool)
(declare-const |consents.vws| Bool)
; `vng` consents
(assert |consents.vng|)
; `zn` does not consent
(assert (not |consents.zn|))
; if the rule of decision `bijsturen-na-evaluatie` passes, it asks the consent of `vws`
; the proof rests on this: the rule of decision `bijsturen-na-evaluatie` asks the consent of `vws` (models/iza-2022.toml:349:21)
(assert (or (not |passes.bijsturen-na-evaluatie.1|) |consents.vws|))
; with `vng`, step `rule` of `bijsturen-na-evaluatie` passes (Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 28: "Op basis van de evaluatie wordt uiterlijk 1 juni 2024 in een BO een besluit genomen over het eventueel bijsturen van de gemaakte financiële en inhoudelijke afspraken in het IZA."; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 28: "Op basis van de uitkomsten van de evaluatie [...] zal VWS, na consultatie van de IZA-partijen, hierover een besluit nemen.")
(assert |passes.bijsturen-na-evaluatie.1|)
; with `zn` in the place of `vng`, `bijsturen-na-evaluatie` does not pass
(assert (not |consents.vws|))
(check-sat)
(exit)
