; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    equal-power
; subject: ondertekening
; case:    `zn` outweighs `vng`
; unsat means: in `ondertekening`, `vng` can take the place of `zn` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
(declare-const |passes.ondertekening.1| Bool)
(declare-const |consents.vws| Bool)
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
; `zn` consents
(assert |consents.zn|)
; `vng` does not consent
(assert (not |consents.vng|))
; if the rule of decision `ondertekening` passes, it asks the consent of `vws`
(assert (or (not |passes.ondertekening.1|) |consents.vws|))
; if the rule of decision `ondertekening` passes, it asks the consent of `zn`
(assert (or (not |passes.ondertekening.1|) |consents.zn|))
; if the rule of decision `ondertekening` passes, it asks the consent of `vng`
; the proof rests on this: the rule of decision `ondertekening` asks the consent of `vng` (models/vng-conditions-2024.toml:361:34)
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
; with `zn`, step `rule` of `ondertekening` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord"; VNG-inbreng commissiedebat IZA: "de minister van VWS volgende maand een akkoord hoopt te bereiken over verlenging van het IZA met vier jaar"; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 2: "Dit is een uitgave van ActiZ")
(assert |passes.ondertekening.1|)
; with `vng` in the place of `zn`, `ondertekening` does not pass
(assert (not (and |consents.vws| false true |consents.actiz| |consents.ggz| |consents.fms| |consents.ineen| |consents.nfu| |consents.nvz| |consents.nza| |consents.patientenfederatie| |consents.venvn| |consents.zkn| |consents.zinl| |consents.zorgthuisnl|)))
(check-sat)
(exit)
