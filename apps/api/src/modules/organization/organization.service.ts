import { Injectable } from '@nestjs/common';
import { StaffRole, StaffUser as StaffUserDto, Unit as UnitDto } from '@govopen/contracts';
import { checkPasswordPolicy } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../../common/password-hasher';
import { CreateStaffDto } from './dto/create-staff.dto';
import { CreateUnitDto } from './dto/create-unit.dto';
import { UpdateStaffDto } from './dto/update-staff.dto';
import { UpdateUnitDto } from './dto/update-unit.dto';
import { toStaffUserDto, toUnitDto } from './organization.mapper';
import { OrganizationRepository } from './organization.repository';
import { newStaffUser } from './staff-user.entity';
import { Unit } from './unit.entity';

/** A handler works a unit's queue, so the role means nothing without a unit. */
const UNIT_SCOPED_ROLES: readonly StaffRole[] = [StaffRole.HANDLER];

@Injectable()
export class OrganizationService {
  constructor(
    private readonly clock: Clock,
    private readonly repository: OrganizationRepository,
    private readonly audit: AuditService,
  ) {}

  async listUnits(staff: StaffPrincipal): Promise<UnitDto[]> {
    const [units, counts] = await Promise.all([
      this.repository.listUnits(staff.agencyId),
      this.repository.staffCountByUnit(staff.agencyId),
    ]);
    return units.map((unit) => toUnitDto(unit, counts.get(unit.id) ?? 0));
  }

  async createUnit(staff: StaffPrincipal, body: CreateUnitDto, actor: Actor): Promise<UnitDto> {
    const unit = await this.repository.transaction(async (manager) => {
      await this.assertUnitUnique(staff.agencyId, body.name, body.code, null, manager);
      const saved = await this.repository.saveUnit(
        Object.assign(new Unit(), {
          agencyId: staff.agencyId,
          name: body.name.trim(),
          code: body.code,
          phone: body.phone ?? null,
          active: true,
          sortOrder: body.sortOrder ?? 0,
        }),
        manager,
      );
      await this.audit.record(actor, { action: 'unit.create', targetType: 'unit', targetId: saved.id, detail: saved.name }, manager);
      return saved;
    });
    return toUnitDto(unit, 0);
  }

  async updateUnit(staff: StaffPrincipal, id: number, body: UpdateUnitDto, actor: Actor): Promise<UnitDto> {
    const counts = await this.repository.staffCountByUnit(staff.agencyId);
    const unit = await this.repository.transaction(async (manager) => {
      const existing = await this.repository.findUnit(staff.agencyId, id);
      if (!existing) throw AppException.notFound('科室不存在');
      await this.assertUnitUnique(staff.agencyId, body.name, body.code, id, manager);
      if (body.active === false && existing.active && (counts.get(id) ?? 0) > 0) {
        throw new AppException(ErrorCode.CONFLICT, '该科室仍有在岗人员，请先调整人员所属科室后再停用', 'active');
      }
      const changes: string[] = [];
      if (body.name !== undefined && body.name.trim() !== existing.name) changes.push(`名称 ${existing.name} → ${body.name.trim()}`);
      if (body.code !== undefined && body.code !== existing.code) changes.push(`编码 ${existing.code} → ${body.code}`);
      if (body.phone !== undefined && (body.phone || null) !== existing.phone) changes.push('联系电话');
      if (body.sortOrder !== undefined && body.sortOrder !== existing.sortOrder) changes.push('排序');
      if (body.active !== undefined && body.active !== existing.active) changes.push(body.active ? '启用' : '停用');
      Object.assign(existing, {
        name: body.name?.trim() ?? existing.name,
        code: body.code ?? existing.code,
        phone: body.phone === undefined ? existing.phone : body.phone || null,
        sortOrder: body.sortOrder ?? existing.sortOrder,
        active: body.active ?? existing.active,
      });
      const saved = await this.repository.saveUnit(existing, manager);
      await this.audit.record(
        actor,
        { action: 'unit.update', targetType: 'unit', targetId: id, detail: changes.join('；') || '无变化' },
        manager,
      );
      return saved;
    });
    return toUnitDto(unit, counts.get(id) ?? 0);
  }

  async listStaff(staff: StaffPrincipal): Promise<StaffUserDto[]> {
    const now = this.clock.now();
    const [users, units] = await Promise.all([this.repository.listStaff(staff.agencyId), this.repository.listUnits(staff.agencyId)]);
    const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
    return users.map((user) => toStaffUserDto(user, user.unitId === null ? null : unitNames.get(user.unitId) ?? null, now));
  }

  async createStaff(staff: StaffPrincipal, body: CreateStaffDto, actor: Actor): Promise<StaffUserDto> {
    const now = this.clock.now();
    const problem = checkPasswordPolicy(body.password, body.username);
    if (problem) throw new AppException(ErrorCode.WEAK_PASSWORD, problem, 'password');
    const roles = [...new Set(body.roles)];
    const unitName = await this.assertUnitFits(staff.agencyId, body.unitId, roles);
    const passwordHash = await hashPassword(body.password);
    const user = await this.repository.transaction(async (manager) => {
      if (await this.repository.findStaffByUsername(body.username, manager)) {
        throw new AppException(ErrorCode.CONFLICT, `用户名 ${body.username} 已被使用`, 'username');
      }
      const created = newStaffUser(
        { agencyId: staff.agencyId, unitId: body.unitId, username: body.username, displayName: body.displayName.trim(), passwordHash, roles },
        now,
      );
      const saved = await this.repository.saveStaff(created, manager);
      await this.audit.record(
        actor,
        { action: 'staff.create', targetType: 'staff_user', targetId: saved.id, detail: `${saved.username}（${roles.join(',')}）` },
        manager,
      );
      return saved;
    });
    return toStaffUserDto(user, unitName, now);
  }

  async updateStaff(staff: StaffPrincipal, id: number, body: UpdateStaffDto, actor: Actor): Promise<StaffUserDto> {
    const now = this.clock.now();
    const existing = await this.repository.findStaff(staff.agencyId, id);
    if (!existing) throw AppException.notFound('工作人员不存在');
    if (id === staff.id && body.active === false) {
      throw AppException.invalid('active', '不能停用自己的账号');
    }
    if (id === staff.id && body.roles && !body.roles.includes(StaffRole.SYSTEM_ADMIN) && existing.roles.includes(StaffRole.SYSTEM_ADMIN)) {
      throw AppException.invalid('roles', '不能取消自己的系统管理员角色');
    }
    const roles = body.roles ? [...new Set(body.roles)] : existing.roles;
    const unitId = body.unitId === undefined ? existing.unitId : body.unitId;
    const unitName = await this.assertUnitFits(staff.agencyId, unitId, roles);
    let passwordHash: string | null = null;
    if (body.password !== undefined) {
      const problem = checkPasswordPolicy(body.password, existing.username);
      if (problem) throw new AppException(ErrorCode.WEAK_PASSWORD, problem, 'password');
      passwordHash = await hashPassword(body.password);
    }
    const user = await this.repository.transaction(async (manager) => {
      const user = await this.repository.findStaff(staff.agencyId, id, manager);
      if (!user) throw AppException.notFound('工作人员不存在');
      const changes: string[] = [];
      if (body.displayName !== undefined && body.displayName.trim() !== user.displayName) {
        changes.push(`姓名 ${user.displayName} → ${body.displayName.trim()}`);
        user.displayName = body.displayName.trim();
      }
      if (unitId !== user.unitId) {
        changes.push(`科室 ${user.unitId ?? '无'} → ${unitId ?? '无'}`);
        user.unitId = unitId;
      }
      if (roles.join(',') !== user.roles.join(',')) {
        changes.push(`角色 ${user.roles.join(',')} → ${roles.join(',')}`);
        user.roles = roles;
        user.tokenVersion += 1;
      }
      if (body.active !== undefined && body.active !== user.active) {
        changes.push(body.active ? '启用' : '停用');
        user.active = body.active;
        if (!body.active) user.tokenVersion += 1;
      }
      if (body.unlock && (user.lockedUntil || user.failedLogins)) {
        changes.push('解除锁定');
        user.lockedUntil = null;
        user.failedLogins = 0;
      }
      if (passwordHash) {
        changes.push('重置密码');
        user.passwordHash = passwordHash;
        user.tokenVersion += 1;
      }
      const saved = await this.repository.saveStaff(user, manager);
      await this.audit.record(
        actor,
        { action: 'staff.update', targetType: 'staff_user', targetId: id, detail: changes.join('；') || '无变化' },
        manager,
      );
      return saved;
    });
    return toStaffUserDto(user, unitName, now);
  }

  private async assertUnitFits(agencyId: number, unitId: number | null, roles: StaffRole[]): Promise<string | null> {
    if (unitId === null) {
      if (roles.some((role) => UNIT_SCOPED_ROLES.includes(role))) {
        throw AppException.invalid('unitId', '承办人必须属于一个科室');
      }
      return null;
    }
    const unit = await this.repository.findUnit(agencyId, unitId);
    if (!unit) throw AppException.invalid('unitId', '所属科室不存在');
    if (!unit.active) throw AppException.invalid('unitId', '所属科室已停用');
    return unit.name;
  }

  private async assertUnitUnique(
    agencyId: number,
    name: string | undefined,
    code: string | undefined,
    selfId: number | null,
    manager: Parameters<OrganizationRepository['findUnitByName']>[2],
  ): Promise<void> {
    if (name !== undefined) {
      const clash = await this.repository.findUnitByName(agencyId, name.trim(), manager);
      if (clash && clash.id !== selfId) throw new AppException(ErrorCode.CONFLICT, `科室“${name.trim()}”已存在`, 'name');
    }
    if (code !== undefined) {
      const clash = await this.repository.findUnitByCode(agencyId, code, manager);
      if (clash && clash.id !== selfId) throw new AppException(ErrorCode.CONFLICT, `科室编码 ${code} 已被使用`, 'code');
    }
  }
}
