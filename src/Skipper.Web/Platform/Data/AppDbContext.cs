using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding.Invitations;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Data;

/// <summary>
/// The one context of the app. Modules add their entities through IEntityTypeConfiguration in their own
/// Data/ folder; every ITenantOwned entity gets a query filter on the request's tenant.
/// </summary>
public class AppDbContext(DbContextOptions options, ITenantContext tenant)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<CareRelation> CareRelations => Set<CareRelation>();
    public DbSet<EmergencyAccess> EmergencyAccesses => Set<EmergencyAccess>();
    public DbSet<RelativeShare> RelativeShares => Set<RelativeShare>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditSubject> AuditSubjects => Set<AuditSubject>();
    public DbSet<SignUpInvitation> SignUpInvitations => Set<SignUpInvitation>();

    /// <summary>Read by the query filters on every query, so a context follows its request's tenant.</summary>
    internal Guid CurrentTenantId => tenant.TenantId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.HasIndex(u => u.NormalizedEmail).IsUnique();
            user.HasIndex(u => u.TenantId);
        });

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entity.ClrType))
            {
                builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
            }
        }
    }

    private LambdaExpression TenantFilter(Type entityType)
    {
        var row = Expression.Parameter(entityType, "row");
        var rowTenant = Expression.Property(row, nameof(ITenantOwned.TenantId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(rowTenant, current), row);
    }
}

/// <summary>Holds the SQLite migrations; the runtime uses it when Database:Provider is Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ITenantContext tenant)
    : AppDbContext(options, tenant)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        DataSetup.UseSortableTimes(configurationBuilder);
}

/// <summary>Holds the PostgreSQL migrations; the runtime uses it when Database:Provider is Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ITenantContext tenant)
    : AppDbContext(options, tenant)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var postgresOnly = typeof(AppDbContext).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPostgresModel).IsAssignableFrom(t));
        foreach (var type in postgresOnly)
        {
            ((IPostgresModel)Activator.CreateInstance(type)!).Configure(builder);
        }
    }
}
