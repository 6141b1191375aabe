; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    equal-power
; subject: wijziging
; case:    `zn` outweighs `vws`
; unsat means: in `wijziging`, `vws` can take the place of `zn` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.zn| Bool)
(declare-const |consents.vws| Bool)
(declare-const |passes.wijziging.1| Bool)
(declare-const |consents.vng| Bool)
; `zn` consents
(assert |consents.zn|)
; `vws` does not consent
(assert (not |consents.vws|))
; if the rule of decision `wijziging` passes, it asks the consent of `vws`
; the proof rests on this: the rule of decision `wijziging` asks the consent of `vws` (models/vng-conditions-2024.toml:370:23)
(assert (or (not |passes.wijziging.1|) |consents.vws|))
; if the rule of decision `wijziging` passes, it asks the consent of `zn`
(assert (or (not |passes.wijziging.1|) |consents.zn|))
; if the rule of decision `wijziging` passes, it asks the consent of `vng`
(assert (or (not |passes.wijziging.1|) |consents.vng|))
; with `zn`, step `rule` of `wijziging` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord")
(assert |passes.wijziging.1|)
; with `vws` in the place of `zn`, `wijziging` does not pass
(assert (not (and true false |consents.vng|)))
(check-sat)
(exit)
