using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Dashboards.Cells.Data;

/// <summary>How long one cell lasts: a calendar month or a calendar quarter.</summary>
public enum Grain
{
    Month,
    Quarter,
}

/// <summary>
/// One department's figures for one month or quarter, computed ahead from the other modules' facades, so that a
/// dashboard reads a few hundred of these rows and never the answers. Every number is additive over departments (sums
/// and counts); the people counts are distinct persons within the cell, for hiding small cells.
/// </summary>
public sealed class DashboardCell : ITenantOwned
{
    public Guid TenantId { get; set; }

    /// <summary>The department; Guid.Empty for persons without one.</summary>
    public Guid DepartmentId { get; set; }
    public Grain Grain { get; set; }

    /// <summary>The first day of the month or quarter.</summary>
    public DateOnly PeriodStart { get; set; }

    public int EpisodesEnded { get; set; }
    public int EpisodePeople { get; set; }
    public int ChangeEpisodes { get; set; }
    public int ChangePeople { get; set; }
    public int ReliableImprovement { get; set; }
    public int ReliableDeterioration { get; set; }
    public int ClinicalIntake { get; set; }
    public int ClinicalPeople { get; set; }
    public int ClinicallySignificant { get; set; }
    public double SumIntake { get; set; }
    public double SumSqIntake { get; set; }
    public double SumChange { get; set; }

    public int AllianceAnswers { get; set; }
    public int LowAlliance { get; set; }
    public int AlliancePeople { get; set; }

    public int OnTrackKnownPeople { get; set; }
    public int NotOnTrackPeople { get; set; }

    public int RecoveryAnswers { get; set; }
    public int RecoveryPeople { get; set; }
    public double SumSupport { get; set; }
    public int SupportCount { get; set; }
    public double SumRelationship { get; set; }
    public int RelationshipCount { get; set; }

    public int Meetings { get; set; }
    public int MeetingsAttended { get; set; }
    public int MeetingPeople { get; set; }

    public int ReflectionSessions { get; set; }

    /// <summary>Staff on the period's last day, and how many had done each exercise by then: {"values": 7, "chime": 5}.</summary>
    public int Staff { get; set; }
    public string ExercisesDoneJson { get; set; } = "{}";

    /// <summary>Requests to start again sent in the period, from how many people, and how many still wait for a first contact.</summary>
    public int RestartRequests { get; set; }
    public int RestartPeople { get; set; }
    public int RestartStillWaiting { get; set; }

    /// <summary>Days from request to first contact as a histogram {"0": 2, "3": 1}, so percentiles can be taken over merged cells.</summary>
    public string RestartWaitDaysJson { get; set; } = "{}";

    public DateTimeOffset ComputedAt { get; set; }
}
