namespace Skipper.Web.Modules.Guide.Sessions;

/// <summary>A reflection slot to log: the department (the employee's own when left out), the day, the card, how many took part.</summary>
public sealed record LogSessionRequest(Guid? DepartmentId, DateOnly? HeldOn, Guid? CardId, int? Participants, string? Note);

/// <summary>A logged reflection slot. It holds no personal data: the note is written without it.</summary>
public sealed record SessionView(
    Guid Id, Guid DepartmentId, string DepartmentName, DateOnly HeldOn, Guid CardId, int CardNumber, int Participants, string Note, DateTimeOffset LoggedAt);
