"""Learner analytics on the wire: CEFR levels, insights, gamification, the leaderboard.

The domain computes the CEFR report, the insights and the leaderboard as plain dicts."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field

from models.content import CefrLevel, CefrSkill
from shapes import Const, From, Id, Shape, Timestamp, each, enum_schema

Count = Annotated[int, Field(ge=0)]
Percent = Annotated[float, Field(ge=0, le=100)]
Skill = Annotated[str, enum_schema(CefrSkill)]
BADGE_SET_ID = 1


class CefrMethod(Shape):
    min_items: Count
    min_mean_score: Percent


class CefrSkillLevel(Shape):
    skill: Skill
    level: Annotated[str, enum_schema(CefrLevel)] | None
    evidence_count: Annotated[
        int, Field(ge=0, description="Distinct exercises of the skill attempted")
    ]
    passed_items: Count
    mean_score: Percent | None


class CefrReport(Shape):
    user_id: Id
    method: CefrMethod
    skills: list[CefrSkillLevel]


class SkillScore(Shape):
    skill: Skill
    average_score: Percent


class Pace(Shape):
    weeks: Count
    exercises_completed: Count
    exercises_per_week: Annotated[float, Field(ge=0)]


class RecommendedLesson(Shape):
    course_id: Id
    course_name: str
    lesson_id: Id
    lesson_name: str
    position: Annotated[int, Field(ge=1)]


class LearningInsights(Shape):
    user_id: Id
    strongest_skill: SkillScore | None
    weakest_skill: SkillScore | None
    pace: Pace
    recommended_lessons: list[RecommendedLesson]


class Achievement(Shape):
    code: str
    name: str
    criteria: str
    achieved_at: Timestamp


class GamificationStats(Shape):
    user_id: Id
    timezone: Annotated[str, Field(description="The learner's, for streaks")]
    xp: Count
    level: Annotated[int, Field(ge=1)]
    level_xp: Annotated[int, Field(ge=0, description="XP at which the current level began")]
    next_level_xp: Annotated[int, Field(ge=0, description="XP at which the next level begins")]
    current_streak: Count
    longest_streak: Count
    achievements: Annotated[list[Achievement], From(convert=each(Achievement))]


class LeaderboardEntry(Shape):
    rank: Annotated[int, Field(ge=1, description="Equal XP, equal rank")]
    user_id: Id
    login: str
    name: str
    surname: str
    xp: Count


def _unix(at: datetime) -> int:
    return int(at.timestamp())


# An achievement in TalentLMS's shape.
class Badge(Shape):
    name: str
    type: Annotated[str, From("code")]
    image_url: Annotated[str, Const("")]
    criteria: str
    issued_on: Annotated[int, From("achieved_at", _unix), Field(description="Unix timestamp")]
    badge_set_id: Annotated[int, Const(BADGE_SET_ID)]


# From the learner's gamification stats.
class UserGamification(Shape):
    points: Annotated[Count, From("xp")]
    level: Annotated[int, Field(ge=1)]
    badges: Annotated[list[Badge], From("achievements", each(Badge))]
