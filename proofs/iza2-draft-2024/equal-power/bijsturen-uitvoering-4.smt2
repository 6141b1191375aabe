; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    equal-power
; subject: bijsturen-uitvoering
; case:    `zn` outweighs `vng`
; unsat means: in `bijsturen-uitvoering`, `vng` can take the place of `zn` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
(declare-const |passes.bijsturen-uitvoering.1| Bool)
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
; if the rule of decision `bijsturen-uitvoering` passes, it asks for { any_rule = [{ all_of = ["vws"] }, { all_of = ["vws", "zn", "vng", "actiz", "ggz", "fms", "ineen", "nfu", "nvz", "nza", "patientenfederatie", "venvn", "zkn", "zinl", "zorgthuisnl"] }] }
; the proof rests on this: the rule of decision `bijsturen-uitvoering` asks for { any_rule = [{ all_of = ["vws"] }, { all_of = ["vws", "zn", "vng", "actiz", "ggz", "fms", "ineen", "nfu", "nvz", "nza", "patientenfederatie", "venvn", "zkn", "zinl", "zorgthuisnl"] }] } (models/iza2-draft-2024.toml:345:8)
(assert (or (not |passes.bijsturen-uitvoering.1|) (or |consents.vws| (and |consents.vws| |consents.zn| |consents.vng| |consents.actiz| |consents.ggz| |consents.fms| |consents.ineen| |consents.nfu| |consents.nvz| |consents.nza| |consents.patientenfederatie| |consents.venvn| |consents.zkn| |consents.zinl| |consents.zorgthuisnl|))))
; with `zn`, step `rule` of `bijsturen-uitvoering` passes (Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 26: "Onder regie van het ministerie van VWS zal een programmateam worden opgezet dat de voortgang bewaakt. Doel van het programmateam is om, eventueel met externe ondersteuning, de uitwerking van het IZA aan te jagen, de inspanningen te volgen en waar nodig bij te sturen."; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 26: "Ook kan op basis van de monitor worden bijgestuurd.")
(assert |passes.bijsturen-uitvoering.1|)
; with `vng` in the place of `zn`, `bijsturen-uitvoering` does not pass
(assert (not (or |consents.vws| (and |consents.vws| false true |consents.actiz| |consents.ggz| |consents.fms| |consents.ineen| |consents.nfu| |consents.nvz| |consents.nza| |consents.patientenfederatie| |consents.venvn| |consents.zkn| |consents.zinl| |consents.zorgthuisnl|))))
(check-sat)
(exit)
