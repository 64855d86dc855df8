"""Learners' progress: events written by learner apps (`events`), the completions they earn
(`completion`, scored by `scoring`), the per-learner-per-day roll-ups the analytics read
(`rollup`, read by `reports`), and the course and unit progress TalentLMS clients read and
reset (`course_progress`)."""
