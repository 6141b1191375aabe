; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    no-decision-without
; subject: wijziging
; case:    without `vng`
; unsat means: the decision `wijziging` cannot be taken unless `vng` consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.wijziging.1| Bool)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
; if the rule of decision `wijziging` passes, it asks the consent of `vws`
(assert (or (not |passes.wijziging.1|) |consents.vws|))
; if the rule of decision `wijziging` passes, it asks the consent of `zn`
(assert (or (not |passes.wijziging.1|) |consents.zn|))
; if the rule of decision `wijziging` passes, it asks the consent of `vng`
; the proof rests on this: the rule of decision `wijziging` asks the consent of `vng` (models/vng-conditions-2024.toml:370:23)
(assert (or (not |passes.wijziging.1|) |consents.vng|))
; step `rule` of `wijziging` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord")
(assert |passes.wijziging.1|)
; `vng` does not consent
(assert (not |consents.vng|))
(check-sat)
(exit)
