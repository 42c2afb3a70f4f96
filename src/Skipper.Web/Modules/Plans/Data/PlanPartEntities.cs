using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Plans.Data;

/// <summary>The three columns of the strategy grid (seeds/000): my own strengths, people around me, and what is out there.</summary>
public enum ResourceKind
{
    Inner,
    Interpersonal,
    External,
}

/// <summary>One resource in the person's words; staff may add one with the person, and it shows who wrote it.</summary>
public sealed class PlanResource : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public ResourceKind Kind { get; set; }
    public required string Text { get; set; }
    public Authorship WrittenBy { get; set; } = null!;
    public int Version { get; set; }
}

/// <summary>
/// The values exercise (seeds/000, Exercise 1): up to 10 chosen values (from the tenant's list or my own words),
/// the at most 5 I keep, and my thoughts on the exercise's questions. One row per person, written by the person.
/// </summary>
public sealed class PlanValues : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid PersonId { get; set; }
    public List<string> Chosen { get; set; } = [];
    public List<string> Kept { get; set; } = [];
    public string Reflection { get; set; } = "";
    public Authorship UpdatedBy { get; set; } = null!;
    public int Version { get; set; }
}

/// <summary>The five CHIME elements of personal recovery: tilhørighet, håp, identitet, mening, empowerment.</summary>
public enum ChimeElement
{
    Connectedness,
    Hope,
    Identity,
    Meaning,
    Empowerment,
}

/// <summary>What one CHIME element means in the person's life now, in their words.</summary>
public sealed class ChimeNote : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid PersonId { get; set; }
    public ChimeElement Element { get; set; }
    public string Text { get; set; } = "";
    public Authorship UpdatedBy { get; set; } = null!;
    public int Version { get; set; }
}

/// <summary>An optional 1–5 self-rating of one element at one time; the person repeats it to see change over time.</summary>
public sealed class ChimeRating : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public ChimeElement Element { get; set; }
    public int Score { get; set; }
    public DateTimeOffset RatedAt { get; set; }
}

/// <summary>Warning signs and what helps: one row per person, printable on one A4 page.</summary>
public sealed class WarningSigns : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid PersonId { get; set; }
    public string EarlySigns { get; set; } = "";
    public string WhatIDo { get; set; } = "";
    public string WhatOthersDo { get; set; } = "";
    public string WhoToCall { get; set; } = "";
    public string CrisisNumbers { get; set; } = "";
    public Authorship UpdatedBy { get; set; } = null!;
    public int Version { get; set; }
}

/// <summary>An entry in a person's plan that shows who wrote it and carries a version for optimistic concurrency.</summary>
public interface IPlanEntry : ITenantOwned
{
    Guid Id { get; }
    Guid PersonId { get; }
    Authorship WrittenBy { get; set; }
    int Version { get; set; }
}

/// <summary>A meeting about the person: who took part, what was agreed, and whether the person was there.</summary>
public sealed class PlanMeeting : IPlanEntry
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly Date { get; set; }
    public string Participants { get; set; } = "";
    public string Agreed { get; set; } = "";
    public bool PersonAttended { get; set; }

    /// <summary>When the plan is to be looked at again, if the meeting agreed on it.</summary>
    public DateOnly? NextReview { get; set; }

    public Authorship WrittenBy { get; set; } = null!;
    public int Version { get; set; }
}

/// <summary>A shared decision (samvalg): the question, the options looked at, what matters to the person, the choice.</summary>
public sealed class SharedDecision : IPlanEntry
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string Question { get; set; }
    public string Options { get; set; } = "";
    public string WhatMattersToMe { get; set; } = "";
    public string Choice { get; set; } = "";
    public DateOnly? ReviewOn { get; set; }
    public Authorship WrittenBy { get; set; } = null!;
    public int Version { get; set; }
}

/// <summary>
/// One row per person, kept up to date by every plan write, so the caseload shows "latest update" and
/// "review due" for many people with one read instead of scanning every part.
/// </summary>
public sealed class PlanActivity : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid PersonId { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
    public string LastChangedBy { get; set; } = "";
    public DateOnly? LastMeetingOn { get; set; }
    public DateOnly? NextReviewOn { get; set; }
}
