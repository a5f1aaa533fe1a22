using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Web.Tests.Infrastructure;

/// <summary>A small IAccountStore in memory for the web tests; passwords kept in plain text (test only).</summary>
public sealed class InMemoryAccountStore : IAccountStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (Account Account, string Password)> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_accounts.Count > 0);
        }
    }

    public Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Account> list = _accounts.Values.Select(a => a.Account).OrderBy(a => a.UserName, StringComparer.Ordinal).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<Account?> FindAsync(string userName, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_accounts.TryGetValue(userName, out var a) ? a.Account : null);
        }
    }

    public Task<Account?> VerifyAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_accounts.TryGetValue(userName, out var a) && a.Password == password ? a.Account : null);
        }
    }

    public Task<Account> CreateAsync(string userName, string password, AccountRole role, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var account = new Account(userName, role, Array.Empty<string>());
            _accounts.Add(userName, (account, password));
            return Task.FromResult(account);
        }
    }

    public Task SetPasswordAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _accounts[userName] = (_accounts[userName].Account, password);
            return Task.CompletedTask;
        }
    }

    public Task GrantAsync(string userName, string registerName, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var (account, password) = _accounts[userName];
            if (!account.Grants.Contains(registerName))
            {
                _accounts[userName] = (account with { Grants = account.Grants.Append(registerName).ToArray() }, password);
            }

            return Task.CompletedTask;
        }
    }

    public Task RevokeAsync(string userName, string registerName, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var (account, password) = _accounts[userName];
            _accounts[userName] = (account with { Grants = account.Grants.Where(g => g != registerName).ToArray() }, password);
            return Task.CompletedTask;
        }
    }

    /// <summary>Removes an account (as an admin would in the database); the interface has no such call.</summary>
    public void Remove(string userName)
    {
        lock (_gate)
        {
            _accounts.Remove(userName);
        }
    }
}
