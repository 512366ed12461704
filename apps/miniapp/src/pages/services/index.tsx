import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ListRow } from '../../components/list-row';
import { useCareMode } from '../../services/care-mode';

export default function ServicesPage() {
  const [care] = useCareMode();
  return (
    <View className={`page ${care ? 'care' : ''}`}>
      <View className="card">
        <Text className="card-title">政府信息公开申请</Text>
        <ListRow title="申请公开政府信息" note="一事一申请，20 个工作日内答复" onTap={() => Taro.navigateTo({ url: '/packages/disclosure/pages/apply/index' })} />
        <ListRow title="我的申请" note="查看办理进度和答复" onTap={() => Taro.navigateTo({ url: '/packages/disclosure/pages/mine/index' })} />
      </View>
      <View className="card">
        <Text className="card-title">互动交流</Text>
        <ListRow title="网民留言" note="咨询、建议、投诉，查看公开答复" onTap={() => Taro.navigateTo({ url: '/packages/message/pages/boards/index' })} />
        <ListRow title="领导信箱" note="给局领导写信" onTap={() => Taro.navigateTo({ url: '/packages/message/pages/write/index?board=leader_mailbox' })} />
        <ListRow title="我的留言" note="查看办理进度和答复" onTap={() => Taro.navigateTo({ url: '/packages/message/pages/mine/index' })} />
        <ListRow title="意见征集" note="对政策草案发表意见" onTap={() => Taro.navigateTo({ url: '/packages/consultation/pages/list/index' })} />
      </View>
      <View className="card">
        <Text className="card-title">企业服务</Text>
        <ListRow title="企业中心" note="绑定企业，接收精准推送的惠企政策" onTap={() => Taro.navigateTo({ url: '/packages/enterprise/pages/center/index' })} />
        <ListRow title="惠企政策" note="申报条件、支持标准、申报时间" onTap={() => Taro.navigateTo({ url: '/packages/enterprise/pages/benefits/index' })} />
        <ListRow title="政策计算器" note="不用登录，算一算能享受哪些政策" onTap={() => Taro.navigateTo({ url: '/packages/enterprise/pages/calculator/index' })} />
      </View>
      <View className="card">
        <Text className="card-title">便民工具</Text>
        <ListRow
          title="工作日与办理期限查询"
          note="扣除法定节假日，计入调休上班日"
          onTap={() => Taro.navigateTo({ url: '/packages/tools/pages/workday/index' })}
        />
      </View>
    </View>
  );
}
