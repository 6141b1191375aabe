; toets proof obligation
; model:   models/iza-2022.toml
; rule:    equal-power
; subject: ondertekening
; case:    `vng` outweighs `vws`
; unsat means: in `ondertekening`, `vws` can take the place of `vng` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vng| Bool)
(declare-const |consents.vws| Bool)
(declare-const |passes.ondertekening.1| Bool)
(declare-const |consents.zn| Bool)
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
; `vng` consents
(assert |consents.vng|)
; `vws` does not consent
(assert (not |consents.vws|))
; if the rule of decision `ondertekening` passes, it asks the consent of `vws`
; the proof rests on this: the rule of decision `ondertekening` asks the consent of `vws` (models/iza-2022.toml:335:21)
(assert (or (not |passes.ondertekening.1|) |consents.vws|))
; if the rule of decision `ondertekening` passes, it asks the consent of `zn`
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
; with `vng`, step `rule` of `ondertekening` passes (Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 7: "Dit akkoord tussen de bij het IZA betrokken partijen bestaat uit zeven hoofdstukken en een werkagenda."; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 12: "De IZA partijen maken in dit akkoord afspraken om de hierboven beschreven transitie te realiseren. In totaliteit is het een werkagenda waar we ons aan verbinden."; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 2: "Dit is een uitgave van ActiZ De Nederlandse ggz [...] Ministerie van Volksgezondheid, Welzijn en Sport")
(assert |passes.ondertekening.1|)
; with `vws` in the place of `vng`, `ondertekening` does not pass
(assert (not (and true |consents.zn| false |consents.actiz| |consents.ggz| |consents.fms| |consents.ineen| |consents.nfu| |consents.nvz| |consents.nza| |consents.patientenfederatie| |consents.venvn| |consents.zkn| |consents.zinl| |consents.zorgthuisnl|)))
(check-sat)
(exit)
