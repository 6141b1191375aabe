; toets proof obligation
; model:   models/iza-2022.toml
; rule:    no-decision-without
; subject: ondertekening
; case:    without `zn`
; unsat means: the decision `ondertekening` cannot be taken unless `zn` consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.ondertekening.1| Bool)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
(declare-const |consents.actiz| Bool)
(declare-const |consents.ggz| Bool)
(declare-const |consents.fms| Bool)
(declare-const |consents.ineen| Bool)
(declare-const |consents.nfu| Bool)
(declare-const |consents.nvz| Bool)
(declare-const |consents.nza| Bool)
(declare-const |consents.patientenfederatie| Bool)
(declare-const |consents.venvn| Bool)
(declare-const |consents.zkn| Bool)
(declare-const |consents.zinl| Bool)
(declare-const |consents.zorgthuisnl| Bool)
; if the rule of decision `ondertekening` passes, it asks the consent of `vws`
(assert (or (not |passes.ondertekening.1|) |consents.vws|))
; if the rule of decision `ondertekening` passes, it asks the consent of `zn`
; the proof rests on this: the rule of decision `ondertekening` asks the consent of `zn` (models/iza-2022.toml:335:28)
(assert (or (not |passes.ondertekening.1|) |consents.zn|))
; if the rule of decision `ondertekening` passes, it asks the consent of `vng`
(assert (or (not |passes.ondertekening.1|) |consents.vng|))
; if the rule of decision `ondertekening` passes, it asks the consent of `actiz`
(assert (or (not |passes.ondertekening.1|) |consents.actiz|))
; if the rule of decision `ondertekening` passes, it asks the consent of `ggz`
(assert (or (not |passes.ondertekening.1|) |consents.ggz|))
; if the rule of decision `ondertekening` passes, it asks the consent of `fms`
(assert (or (not |passes.ondertekening.1|) |consents.fms|))
; if the rule of decision `ondertekening` passes, it asks the consent of `ineen`
(assert (or (not |passes.ondertekening.1|) |consents.ineen|))
; if the rule of decision `ondertekening` passes, it asks the consent of `nfu`
(assert (or (not |passes.ondertekening.1|) |consents.nfu|))
; if the rule of decision `ondertekening` passes, it asks the consent of `nvz`
(assert (or (not |passes.ondertekening.1|) |consents.nvz|))
; if the rule of decision `ondertekening` passes, it asks the consent of `nza`
(assert (or (not |passes.ondertekening.1|) |consents.nza|))
; if the rule of decision `ondertekening` passes, it asks the consent of `patientenfederatie`
(assert (or (not |passes.ondertekening.1|) |consents.patientenfederatie|))
; if the rule of decision `ondertekening` passes, it asks the consent of `venvn`
(assert (or (not |passes.ondertekening.1|) |consents.venvn|))
; if the rule of decision `ondertekening` passes, it asks the consent of `zkn`
(assert (or (not |passes.ondertekening.1|) |consents.zkn|))
; if the rule of decision `ondertekening` passes, it asks the consent of `zinl`
(assert (or (not |passes.ondertekening.1|) |consents.zinl|))
; if the rule of decision `ondertekening` passes, it asks the consent of `zorgthuisnl`
(assert (or (not |passes.ondertekening.1|) |consents.zorgthuisnl|))
; step `rule` of `ondertekening` passes (Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 7: "Dit akkoord tussen de bij het IZA betrokken partijen bestaat uit zeven hoofdstukken en een werkagenda."; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 12: "De IZA partijen maken in dit akkoord afspraken om de hierboven beschreven transitie te realiseren. In totaliteit is het een werkagenda waar we ons aan verbinden."; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 2: "Dit is een uitgave van ActiZ De Nederlandse ggz [...] Ministerie van Volksgezondheid, Welzijn en Sport")
(assert |passes.ondertekening.1|)
; `zn` does not consent
(assert (not |consents.zn|))
(check-sat)
(exit)
