; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    equal-rights
; subject: nieuw-akkoord
; case:    equal rights
; unsat means: the commissioners hold equal rights over `nieuw-akkoord`
; expect:  unsat
(set-logic QF_LIA)
(declare-const |has.information.nieuw-akkoord.vws| Bool)
(declare-const |carve-out.information.nieuw-akkoord.vws| Bool)
(declare-const |has.information.nieuw-akkoord.zn| Bool)
(declare-const |carve-out.information.nieuw-akkoord.zn| Bool)
(declare-const |has.information.nieuw-akkoord.vng| Bool)
(declare-const |carve-out.information.nieuw-akkoord.vng| Bool)
; fact: `vws` holds `information` over `nieuw-akkoord`: true
(assert |has.information.nieuw-akkoord.vws|)
; fact: as system responsibility: true
; the proof rests on this: `vws` holds `information` over `nieuw-akkoord` (models/vng-conditions-2024.toml:335:1)
(assert |carve-out.information.nieuw-akkoord.vws|)
; fact: `zn` holds `information` over `nieuw-akkoord`: false
(assert (not |has.information.nieuw-akkoord.zn|))
; fact: as system responsibility: false
(assert (not |carve-out.information.nieuw-akkoord.zn|))
; fact: `vng` holds `information` over `nieuw-akkoord`: false
(assert (not |has.information.nieuw-akkoord.vng|))
; fact: as system responsibility: false
(assert (not |carve-out.information.nieuw-akkoord.vng|))
; some right is unequal, or a carve-out decides over the agreement
(assert (or (and |has.information.nieuw-akkoord.vws| (not |carve-out.information.nieuw-akkoord.vws|) (not |has.information.nieuw-akkoord.zn|)) (and |has.information.nieuw-akkoord.vws| (not |carve-out.information.nieuw-akkoord.vws|) (not |has.information.nieuw-akkoord.vng|)) (and |has.information.nieuw-akkoord.zn| (not |carve-out.information.nieuw-akkoord.zn|) (not |has.information.nieuw-akkoord.vws|)) (and |has.information.nieuw-akkoord.zn| (not |carve-out.information.nieuw-akkoord.zn|) (not |has.information.nieuw-akkoord.vng|)) (and |has.information.nieuw-akkoord.vng| (not |carve-out.information.nieuw-akkoord.vng|) (not |has.information.nieuw-akkoord.vws|)) (and |has.information.nieuw-akkoord.vng| (not |carve-out.information.nieuw-akkoord.vng|) (not |has.information.nieuw-akkoord.zn|))))
(check-sat)
(exit)
