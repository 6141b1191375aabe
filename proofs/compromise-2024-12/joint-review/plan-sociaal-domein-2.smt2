; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    joint-review
; subject: plan-sociaal-domein
; case:    step `eerste snelle toets` of `gezamenlijke-toetsing` without the municipal side
; unsat means: the plan `plan-sociaal-domein` cannot pass step `eerste snelle toets` of `gezamenlijke-toetsing` unless the municipal side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.gezamenlijke-toetsing.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; if step `eerste snelle toets` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:market-leaders`
(assert (or (not |passes.gezamenlijke-toetsing.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; if step `eerste snelle toets` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:mandate-municipality`
; the proof rests on this: step `eerste snelle toets` of decision `gezamenlijke-toetsing` asks the consent of `region:mandate-municipality` (models/compromise-2024-12.toml:474:46)
; the proof rests on this: `aangewezen-gemeente` is `region:mandate-municipality` in region `zorgkantoorregio` (models/compromise-2024-12.toml:229:25)
(assert (or (not |passes.gezamenlijke-toetsing.1|) |consents.aangewezen-gemeente|))
; step `eerste snelle toets` of `gezamenlijke-toetsing` passes (Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028, bijlage I, stap 1: "Het voorstel wordt ter beoordeling voorgelegd aan de twee markleider zorgverzekeraars."; Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "in het verlengde hiervan wordt de toetsing van de transformatieplannen ook gezamenlijk gedaan door zorgverzekeraars en gemeenten")
(assert |passes.gezamenlijke-toetsing.1|)
; no party of the municipal side consents
(assert (not |consents.aangewezen-gemeente|))
(check-sat)
(exit)
