; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    equal-rights
; subject: izwa
; case:    equal rights
; unsat means: the commissioners hold equal rights over `izwa`
; expect:  sat
(set-logic QF_LIA)
(declare-const |has.chair.izwa.vws| Bool)
(declare-const |carve-out.chair.izwa.vws| Bool)
(declare-const |has.chair.izwa.zn| Bool)
(declare-const |carve-out.chair.izwa.zn| Bool)
(declare-const |has.chair.izwa.vng| Bool)
(declare-const |carve-out.chair.izwa.vng| Bool)
(declare-const |has.final-say.bijsturen-na-evaluatie.vws| Bool)
(declare-const |carve-out.final-say.bijsturen-na-evaluatie.vws| Bool)
(declare-const |has.final-say.bijsturen-na-evaluatie.zn| Bool)
(declare-const |carve-out.final-say.bijsturen-na-evaluatie.zn| Bool)
(declare-const |has.final-say.bijsturen-na-evaluatie.vng| Bool)
(declare-const |carve-out.final-say.bijsturen-na-evaluatie.vng| Bool)
; fact: `vws` holds `chair` over `izwa`: true
(assert |has.chair.izwa.vws|)
; fact: as system responsibility: false
(assert (not |carve-out.chair.izwa.vws|))
; fact: `zn` holds `chair` over `izwa`: false
(assert (not |has.chair.izwa.zn|))
; fact: as system responsibility: false
(assert (not |carve-out.chair.izwa.zn|))
; fact: `vng` holds `chair` over `izwa`: false
(assert (not |has.chair.izwa.vng|))
; fact: as system responsibility: false
(assert (not |carve-out.chair.izwa.vng|))
; fact: `vws` holds `final-say` over `bijsturen-na-evaluatie`: true
(assert |has.final-say.bijsturen-na-evaluatie.vws|)
; fact: as system responsibility: false
(assert (not |carve-out.final-say.bijsturen-na-evaluatie.vws|))
; fact: `zn` holds `final-say` over `bijsturen-na-evaluatie`: false
(assert (not |has.final-say.bijsturen-na-evaluatie.zn|))
; fact: as system responsibility: false
(assert (not |carve-out.final-say.bijsturen-na-evaluatie.zn|))
; fact: `vng` holds `final-say` over `bijsturen-na-evaluatie`: false
(assert (not |has.final-say.bijsturen-na-evaluatie.vng|))
; fact: as system responsibility: false
(assert (not |carve-out.final-say.bijsturen-na-evaluatie.vng|))
; some right is unequal, or a carve-out decides over the agreement
(assert (or (and |has.chair.izwa.vws| (not |carve-out.chair.izwa.vws|) (not |has.chair.izwa.zn|)) (and |has.chair.izwa.vws| (not |carve-out.chair.izwa.vws|) (not |has.chair.izwa.vng|)) (and |has.chair.izwa.zn| (not |carve-out.chair.izwa.zn|) (not |has.chair.izwa.vws|)) (and |has.chair.izwa.zn| (not |carve-out.chair.izwa.zn|) (not |has.chair.izwa.vng|)) (and |has.chair.izwa.vng| (not |carve-out.chair.izwa.vng|) (not |has.chair.izwa.vws|)) (and |has.chair.izwa.vng| (not |carve-out.chair.izwa.vng|) (not |has.chair.izwa.zn|)) (and |has.final-say.bijsturen-na-evaluatie.vws| (not |carve-out.final-say.bijsturen-na-evaluatie.vws|) (not |has.final-say.bijsturen-na-evaluatie.zn|)) (and |has.final-say.bijsturen-na-evaluatie.vws| (not |carve-out.final-say.bijsturen-na-evaluatie.vws|) (not |has.final-say.bijsturen-na-evaluatie.vng|)) |carve-out.final-say.bijsturen-na-evaluatie.vws| (and |has.final-say.bijsturen-na-evaluatie.zn| (not |carve-out.final-say.bijsturen-na-evaluatie.zn|) (not |has.final-say.bijsturen-na-evaluatie.vws|)) (and |has.final-say.bijsturen-na-evaluatie.zn| (not |carve-out.final-say.bijsturen-na-evaluatie.zn|) (not |has.final-say.bijsturen-na-evaluatie.vng|)) |carve-out.final-say.bijsturen-na-evaluatie.zn| (and |has.final-say.bijsturen-na-evaluatie.vng| (not |carve-out.final-say.bijsturen-na-evaluatie.vng|) (not |has.final-say.bijsturen-na-evaluatie.vws|)) (and |has.final-say.bijsturen-na-evaluatie.vng| (not |carve-out.final-say.bijsturen-na-evaluatie.vng|) (not |has.final-say.bijsturen-na-evaluatie.zn|)) |carve-out.final-say.bijsturen-na-evaluatie.vng|))
(check-sat)
(exit)
