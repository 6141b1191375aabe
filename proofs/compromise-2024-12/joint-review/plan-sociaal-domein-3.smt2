; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    joint-review
; subject: plan-sociaal-domein
; case:    step `beoordeling transformatieplan` of `gezamenlijke-toetsing` without the insurer side
; unsat means: the plan `plan-sociaal-domein` cannot pass step `beoordeling transformatieplan` of `gezamenlijke-toetsing` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.gezamenlijke-toetsing.2| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; if step `beoordeling transformatieplan` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `beoordeling transformatieplan` of decision `gezamenlijke-toetsing` asks the consent of `region:market-leaders` (models/compromise-2024-12.toml:486:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/compromise-2024-12.toml:226:20)
(assert (or (not |passes.gezamenlijke-toetsing.2|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; if step `beoordeling transformatieplan` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:mandate-municipality`
(assert (or (not |passes.gezamenlijke-toetsing.2|) |consents.aangewezen-gemeente|))
; step `beoordeling transformatieplan` of `gezamenlijke-toetsing` passes (Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028, bijlage I, stap 3: "moet het uiteindelijke plan voor de impactvolle transformatie door de twee marktleider zorgverzekeraars worden beoordeeld en goedgekeurd"; Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028, bijlage I, stap 3: "Zij nemen geen besluit over het goedkeuren van het transformatieplan; zij volgen het uiteindelijke besluit van de twee marktleiders."; Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "in het verlengde hiervan wordt de toetsing van de transformatieplannen ook gezamenlijk gedaan door zorgverzekeraars en gemeenten")
(assert |passes.gezamenlijke-toetsing.2|)
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
