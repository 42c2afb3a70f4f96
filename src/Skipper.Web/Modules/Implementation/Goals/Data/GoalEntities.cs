using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.Goals.Data;

/// <summary>Where a recovery goal stands, as the status table of seeds/002 names it.</summary>
public enum GoalStatus
{
    NotStarted,
    Planned,
    Ongoing,
    Partly,
    Done,
    Dropped,
}

/// <summary>One of a department's (or, with no department, the whole section's) recovery goals.</summary>
public sealed class RecoveryGoal : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }

    /// <summary>Null for a goal of the section as a whole.</summary>
    public Guid? DepartmentId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Who answers for the goal, in free text: a role ("Avdelingsleder") or a person's name.</summary>
    public string Owner { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public GoalStatus Status { get; set; }
    public string Comment { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedByName { get; set; } = "";
    public int Version { get; set; }
}

/// <summary>
/// One line of a goal's minutes: the status and comment as they were set, by whom and when. Written when a goal is
/// made and whenever its status or comment changes; never changed afterwards.
/// </summary>
public sealed class RecoveryGoalEntry : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid GoalId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ByUserId { get; set; }
    public string ByName { get; set; } = "";

    /// <summary>Null on the entry that made the goal.</summary>
    public GoalStatus? OldStatus { get; set; }
    public GoalStatus NewStatus { get; set; }
    public string Comment { get; set; } = "";
}
