using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.People;

namespace PlanBench;

/// <summary>One person's full plan: 10 goals with 30 steps, 20 meetings, and every other part, texts of a realistic length.</summary>
internal static class FullPlan
{
    public const int Goals = 10;
    public const int StepsPerGoal = 3;
    public const int Meetings = 20;

    public static void Add(Bulk db, Random random, Guid tenantId, Person person, Authorship self, Authorship staff)
    {
        var personId = person.Id;
        var start = self.At.AddDays(-730);
        DateTimeOffset At(int day) => start.AddDays(day).AddMinutes(random.Next(600));
        Authorship By(int day) => (random.Next(4) == 0 ? staff : self) with { At = At(day) };

        db.Add(new PlanNotes { TenantId = tenantId, PersonId = personId, WhatMatters = Names.Text(random, 400), Dreams = Names.Text(random, 200), UpdatedBy = self with { At = At(10) }, Version = 3 });
        for (var g = 0; g < Goals; g++)
        {
            var goal = new Goal
            {
                TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, Title = Names.Text(random, 40), Description = Names.Text(random, 200),
                WhoHelps = Names.Text(random, 30), Status = (GoalStatus)random.Next(4), Origin = g == 9 ? GoalOrigin.Proposed : GoalOrigin.Own,
                WrittenBy = g == 9 ? staff with { At = At(700) } : self with { At = At(g * 60) }, Version = 1 + random.Next(3),
            };
            db.Add(goal);
            for (var s = 0; s < StepsPerGoal; s++)
            {
                db.Add(new GoalStep
                {
                    TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, GoalId = goal.Id, Text = Names.Text(random, 60),
                    DueDate = random.Next(2) == 0 ? null : DateOnly.FromDateTime(At(g * 60 + s * 10).UtcDateTime), Done = random.Next(3) == 0,
                    WrittenBy = By(g * 60 + s), Version = 1,
                });
            }
        }
        for (var k = 0; k < 6; k++)
        {
            db.Add(new PlanResource { TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, Kind = (ResourceKind)(k % 3), Text = Names.Text(random, 80), WrittenBy = By(k * 30), Version = 1 });
        }
        db.Add(new PlanValues
        {
            TenantId = tenantId, PersonId = personId, Chosen = [.. Names.Values.Take(10)], Kept = [.. Names.Values.Take(5)],
            Reflection = Names.Text(random, 300), UpdatedBy = self with { At = At(20) }, Version = 2,
        });
        foreach (var element in Enum.GetValues<ChimeElement>())
        {
            db.Add(new ChimeNote { TenantId = tenantId, PersonId = personId, Element = element, Text = Names.Text(random, 200), UpdatedBy = self with { At = At(30) }, Version = 1 });
            for (var r = 0; r < 2; r++)
            {
                db.Add(new ChimeRating { TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, Element = element, Score = 1 + random.Next(5), RatedAt = At(100 + r * 300) });
            }
        }
        db.Add(new WarningSigns
        {
            TenantId = tenantId, PersonId = personId, EarlySigns = Names.Text(random, 300), WhatIDo = Names.Text(random, 300), WhatOthersDo = Names.Text(random, 300),
            WhoToCall = Names.Text(random, 100), CrisisNumbers = "113, 116 117, 116 123", UpdatedBy = self with { At = At(40) }, Version = 1,
        });
        DateOnly? nextReview = null;
        var lastMeeting = DateOnly.MinValue;
        for (var m = 0; m < Meetings; m++)
        {
            var date = DateOnly.FromDateTime(At(m * 36).UtcDateTime);
            nextReview = random.Next(3) == 0 ? date.AddMonths(3) : nextReview;
            lastMeeting = date;
            db.Add(new PlanMeeting
            {
                TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, Date = date, Participants = Names.Text(random, 60), Agreed = Names.Text(random, 250),
                PersonAttended = random.Next(5) != 0, NextReview = nextReview, WrittenBy = staff with { At = At(m * 36) }, Version = 1,
            });
        }
        for (var d = 0; d < 3; d++)
        {
            db.Add(new SharedDecision
            {
                TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, Question = Names.Text(random, 80), Options = Names.Text(random, 200),
                WhatMattersToMe = Names.Text(random, 150), Choice = Names.Text(random, 100), ReviewOn = DateOnly.FromDateTime(At(400 + d * 100).UtcDateTime),
                WrittenBy = By(300 + d * 100), Version = 1,
            });
        }
        db.Add(new PlanActivity
        {
            TenantId = tenantId, PersonId = personId, LastChangedAt = At(729), LastChangedBy = staff.Name, LastMeetingOn = lastMeeting, NextReviewOn = nextReview,
        });
    }
}
