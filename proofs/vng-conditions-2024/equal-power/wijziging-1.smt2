; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    equal-power
; subject: wijziging
; case:    `vws` outweighs `zn`
; unsat means: in `wijziging`, `zn` can take the place of `vws` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |passes.wijziging.1| Bool)
(declare-const |consents.vng| Bool)
; `vws` consents
(assert |consents.vws|)
; `zn` does not consent
(assert (not |consents.zn|))
; if the rule of decision `wijziging` passes, it asks the consent of `vws`
(assert (or (not |passes.wijziging.1|) |consents.vws|))
; if the rule of decision `wijziging` passes, it asks the consent of `zn`
; the proof rests on this: the rule of decision `wijziging` asks the consent of `zn` (models/vng-conditions-2024.toml:370:23)
(assert (or (not |passes.wijziging.1|) |consents.zn|))
; if the rule of decision `wijziging` passes, it asks the consent of `vng`
(assert (or (not |passes.wijziging.1|) |consents.vng|))
; with `vws`, step `rule` of `wijziging` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord")
(assert |passes.wijziging.1|)
; with `zn` in the place of `vws`, `wijziging` does not pass
(assert (not (and false true |consents.vng|)))
(check-sat)
(exit)
