; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    joint-review
; subject: plan-sociaal-domein
; case:    step `eerste snelle toets` of `gezamenlijke-toetsing` without the insurer side
; unsat means: the plan `plan-sociaal-domein` cannot pass step `eerste snelle toets` of `gezamenlijke-toetsing` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.gezamenlijke-toetsing.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; if step `eerste snelle toets` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `eerste snelle toets` of decision `gezamenlijke-toetsing` asks the consent of `region:market-leaders` (models/vng-conditions-2024.toml:443:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/vng-conditions-2024.toml:215:20)
(assert (or (not |passes.gezamenlijke-toetsing.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; if step `eerste snelle toets` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:mandate-municipality`
(assert (or (not |passes.gezamenlijke-toetsing.1|) |consents.aangewezen-gemeente|))
; step `eerste snelle toets` of `gezamenlijke-toetsing` passes (Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028, bijlage I (Beoordelingskader), stap 1: "Het voorstel wordt ter beoordeling voorgelegd aan de twee markleider zorgverzekeraars. Deze geven binnen vier weken uitsluitsel over de beoordeling."; Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "wordt de toetsing van de transformatieplannen ook gezamenlijk gedaan door zorgverzekeraars en gemeenten")
(assert |passes.gezamenlijke-toetsing.1|)
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
