; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    no-decision-without
; subject: ondertekening
; case:    without `vng`
; unsat means: the decision `ondertekening` cannot be taken unless `vng` consents
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
(assert (or (not |passes.ondertekening.1|) |consents.zn|))
; if the rule of decision `ondertekening` passes, it asks the consent of `vng`
; the proof rests on this: the rule of decision `ondertekening` asks the consent of `vng` (models/iza2-draft-2024.toml:323:34)
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
; step `rule` of `ondertekening` passes (VNG stapt uit het Integraal Zorgakkoord: "Bedoeling was om ‘IZA 2.0’ in december te ondertekenen.")
(assert |passes.ondertekening.1|)
; `vng` does not consent
(assert (not |consents.vng|))
(check-sat)
(exit)
