; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    process-order
; subject: ondertekening-vng
; case:    `ondertekening-vng` without a step of kind `members-ratification`
; unsat means: every run of the process that reaches `ondertekening-vng` has done a step of kind `members-ratification`
; expect:  sat
(set-logic QF_LIA)
(declare-const |done.conceptakkoord| Bool)
(declare-const |done.ondertekening-vng| Bool)
; fact: `ondertekening-vng` starts only after `conceptakkoord` is done
(assert (or (not |done.ondertekening-vng|) |done.conceptakkoord|))
; the run reaches `ondertekening-vng`
(assert |done.ondertekening-vng|)
; the run does no step of kind `members-ratification`
(assert true)
(check-sat)
(exit)
