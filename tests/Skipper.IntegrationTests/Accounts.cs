using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests;

/// <summary>Accounts of a test's own, so that locking or changing one never disturbs the demo accounts other tests use.</summary>
public static class Accounts
{
    /// <summary>A new account with the test password; in the first municipality unless one is given.</summary>
    public static async Task<string> CreateAccountAsync(this AppFactory app, string role, Municipality? municipality = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var tenantId = municipality?.TenantId ?? await db.Tenants.OrderBy(t => t.Name).Select(t => t.Id).FirstAsync();
        var email = $"{role}-{Guid.NewGuid():N}@test.skipper.local";
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            TenantId = tenantId,
            DepartmentId = municipality?.DepartmentId,
            DisplayName = "Test " + role,
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        (await users.CreateAsync(user, AppFactory.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return email;
    }

    /// <summary>A municipality with one department, for a Skipper without demo data.</summary>
    public static async Task<Municipality> CreateMunicipalityAsync(this AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = "Testkommune " + Guid.NewGuid().ToString("N")[..6], CreatedAt = DateTimeOffset.UtcNow };
        var department = new Department { TenantId = tenant.Id, Id = Guid.NewGuid(), Name = "Testteam", CreatedAt = DateTimeOffset.UtcNow };
        db.Tenants.Add(tenant);
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        return new Municipality(tenant.Id, department.Id);
    }

    /// <summary>Turns two-factor on as the account's owner would, and returns the authenticator key.</summary>
    public static async Task<string> EnableTwoFactorAsync(this AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    public static async Task<AppUser> FindAccountAsync(this AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!;
    }
}

public sealed record Municipality(Guid TenantId, Guid DepartmentId);
