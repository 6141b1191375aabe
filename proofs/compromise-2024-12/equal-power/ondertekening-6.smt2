; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    equal-power
; subject: ondertekening
; case:    `vng` outweighs `zn`
; unsat means: in `ondertekening`, `zn` can take the place of `vng` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vng| Bool)
(declare-const |consents.zn| Bool)
(declare-const |passes.ondertekening.1| Bool)
(declare-const |consents.vws| Bool)
(declare-const |passes.ondertekening.2| Bool)
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
; `zn` does not consent
(assert (not |consents.zn|))
; if step `overeenstemming` of decision `ondertekening` passes, it asks the consent of `vws`
(assert (or (not |passes.ondertekening.1|) |consents.vws|))
; if step `overeenstemming` of decision `ondertekening` passes, it asks the consent of `zn`
; the proof rests on this: step `overeenstemming` of decision `ondertekening` asks the consent of `zn` (models/compromise-2024-12.toml:389:23)
(assert (or (not |passes.ondertekening.1|) |consents.zn|))
; if step `overeenstemming` of decision `ondertekening` passes, it asks the consent of `vng`
(assert (or (not |passes.ondertekening.1|) |consents.vng|))
; with `vng`, step `overeenstemming` of `ondertekening` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord")
(assert |passes.ondertekening.1|)
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `vws`
(assert (or (not |passes.ondertekening.2|) |consents.vws|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `zn`
(assert (or (not |passes.ondertekening.2|) |consents.zn|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `vng`
(assert (or (not |passes.ondertekening.2|) |consents.vng|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `actiz`
(assert (or (not |passes.ondertekening.2|) |consents.actiz|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `ggz`
(assert (or (not |passes.ondertekening.2|) |consents.ggz|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `fms`
(assert (or (not |passes.ondertekening.2|) |consents.fms|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `ineen`
(assert (or (not |passes.ondertekening.2|) |consents.ineen|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `nfu`
(assert (or (not |passes.ondertekening.2|) |consents.nfu|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `nvz`
(assert (or (not |passes.ondertekening.2|) |consents.nvz|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `nza`
(assert (or (not |passes.ondertekening.2|) |consents.nza|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `patientenfederatie`
(assert (or (not |passes.ondertekening.2|) |consents.patientenfederatie|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `venvn`
(assert (or (not |passes.ondertekening.2|) |consents.venvn|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `zkn`
(assert (or (not |passes.ondertekening.2|) |consents.zkn|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `zinl`
(assert (or (not |passes.ondertekening.2|) |consents.zinl|))
; if step `bestuurlijke bekrachtiging` of decision `ondertekening` passes, it asks the consent of `zorgthuisnl`
(assert (or (not |passes.ondertekening.2|) |consents.zorgthuisnl|))
; with `vng`, step `bestuurlijke bekrachtiging` of `ondertekening` passes (Nieuwsbericht (ANP) over het compromis over gelijkwaardigheid: 'Juist over die gelijkwaardigheid is overeenstemming bereikt': "Dat “moet bestuurlijk nog wel bekrachtigd worden” door de andere deelnemers aan het overleg.")
(assert |passes.ondertekening.2|)
; with `zn` in the place of `vng`, `ondertekening` does not pass
(assert (not (and (and |consents.vws| true false) (and |consents.vws| true false |consents.actiz| |consents.ggz| |consents.fms| |consents.ineen| |consents.nfu| |consents.nvz| |consents.nza| |consents.patientenfederatie| |consents.venvn| |consents.zkn| |consents.zinl| |consents.zorgthuisnl|))))
(check-sat)
(exit)
