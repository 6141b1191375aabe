; toets proof obligation
; model:   models/iza-2022.toml
; rule:    no-decision-without
; subject: ondertekening
; case:    without `vws`
; unsat means: the decision `ondertekening` cannot be taken unless `vws` consents
; expect:  unsat
(set-logic QF_LIA)
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
; step `rule` of `ondertekening` passes (IZA 2022, p. 12: "De ondertekende IZA partijen onderkennen het belang van de omslag naar passende zorg")
(assert (and |consents.vws| |consents.zn| |consents.vng| |consents.actiz| |consents.ggz| |consents.fms| |consents.ineen| |consents.nfu| |consents.nvz| |consents.nza| |consents.patientenfederatie| |consents.venvn| |consents.zkn| |consents.zinl| |consents.zorgthuisnl|))
; `vws` does not consent
(assert (not |consents.vws|))
(check-sat)
(exit)
