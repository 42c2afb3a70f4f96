using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Plans.Data;

/// <summary>The status the person sets on their own goal.</summary>
public enum GoalStatus
{
    NotStarted,
    OnMyWay,
    Reached,
    PutAside,
}

/// <summary>
/// Whose goal it is: written by the person, or suggested by staff and then accepted, rewritten in the person's
/// words or declined. A suggestion is never the person's goal until they answer it.
/// </summary>
public enum GoalOrigin
{
    Own,
    Proposed,
    Accepted,
    Rewritten,
    Declined,
}

/// <summary>"Hva er viktig for deg?" and "Drømmene mine": one row per person, written by the person only.</summary>
public sealed class PlanNotes : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid PersonId { get; set; }
    public string WhatMatters { get; set; } = "";
    public string Dreams { get; set; } = "";
    public Authorship UpdatedBy { get; set; } = null!;

    /// <summary>Raised on every save; a save that carries an older number is refused, never merged.</summary>
    public int Version { get; set; }
}

/// <summary>A goal in the person's words, or a suggestion from staff that the person answers.</summary>
public sealed class Goal : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public string WhoHelps { get; set; } = "";
    public GoalStatus Status { get; set; }
    public GoalOrigin Origin { get; set; }
    public Authorship WrittenBy { get; set; } = null!;
    public DateTimeOffset? AnsweredAt { get; set; }
    public int Version { get; set; }

    public bool IsOwn => Origin is GoalOrigin.Own or GoalOrigin.Accepted or GoalOrigin.Rewritten;
}

/// <summary>A small step towards a goal; staff may add steps, and each shows who wrote it.</summary>
public sealed class GoalStep : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid GoalId { get; set; }
    public required string Text { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool Done { get; set; }
    public Authorship WrittenBy { get; set; } = null!;
    public int Version { get; set; }
}

/// <summary>Who wrote an entry, in which role and when: the person always sees it.</summary>
public sealed record Authorship(Guid UserId, string Name, string Role, DateTimeOffset At);
